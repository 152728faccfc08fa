// Drivers of a crew's claims give the shop's own number; the owner of one car drives the other. The legal
// representative is named with them.
// expect-entities: 绍兴兴业汽车维修有限公司, 老板, 司机甲, 司机乙
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (boss:Person:Entity {name: '老板'}), (boss)-[:LEGAL_REP_OF]->(shop),
       (phone:Phone {number: '057588776655'}),
       (shop)-[:HAS_PHONE]->(phone),
       (:Person:Entity {name: '司机甲'})-[:HAS_PHONE]->(phone), (:Person:Entity {name: '司机乙'})-[:HAS_PHONE]->(phone);
MATCH (shop:Company), (a:Person {name: '司机甲'}), (b:Person {name: '司机乙'})
UNWIND [[a, b, 1], [b, a, 2]] AS claim
WITH shop, claim[0] AS owner, claim[1] AS driver, claim[2] AS i
CREATE (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100070' + toString(i), insurer: '保险公司甲', accident_on: date('2022-05-01') + duration({days: 30 * i}), amount_claimed: 40000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (driver)-[:DRIVER_IN]->(ic), (owner)-[:OWNER_IN]->(ic);
