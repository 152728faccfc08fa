// The drivers of two claims repaired at a shop both gave the shop's own phone number.
// expect-entities: 绍兴兴业汽车维修有限公司, 司机甲, 司机乙
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (phone:Phone {number: '057588776655'}),
       (shop)-[:HAS_PHONE]->(phone);
MATCH (shop:Company), (phone:Phone)
UNWIND range(1, 2) AS i
CREATE (p:Person:Entity {name: CASE i WHEN 1 THEN '司机甲' ELSE '司机乙' END}),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100020' + toString(i), insurer: '保险公司甲', accident_on: date('2022-05-01') + duration({days: 30 * i}), amount_claimed: 40000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (p)-[:DRIVER_IN]->(ic), (p)-[:OWNER_IN]->(ic), (p)-[:HAS_PHONE]->(phone);
