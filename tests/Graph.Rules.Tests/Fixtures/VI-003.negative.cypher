// Honest look-alike: two customers of the shop, each with their own mobile.
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (shop)-[:HAS_PHONE]->(:Phone {number: '057588776655'});
MATCH (shop:Company)
UNWIND range(1, 2) AS i
CREATE (p:Person:Entity {name: '司机' + toString(i)}),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100030' + toString(i), insurer: '保险公司甲', accident_on: date('2022-05-01') + duration({days: 30 * i}), amount_claimed: 4000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (p)-[:DRIVER_IN]->(ic), (p)-[:OWNER_IN]->(ic),
       (p)-[:HAS_PHONE]->(:Phone {number: '1390000000' + toString(i)});
