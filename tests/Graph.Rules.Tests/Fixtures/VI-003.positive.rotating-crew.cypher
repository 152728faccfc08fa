// One crew rotating roles through four staged claims at a shop: the owner of one car drives in the next claim, in
// two chains that share no person or car (甲 -> 乙 -> 丙 and 丁 -> 戊 -> 己). Every driver gave the shop's own
// number, so all of them are named in one hit: the number ties the chains, not the people.
// expect-entities: 绍兴兴业汽车维修有限公司, 老板, 司机甲, 司机乙, 司机丙, 司机丁, 司机戊, 司机己
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (boss:Person:Entity {name: '老板'}), (boss)-[:LEGAL_REP_OF]->(shop),
       (phone:Phone {number: '057588776655'}),
       (shop)-[:HAS_PHONE]->(phone);
MATCH (shop:Company), (phone:Phone)
UNWIND [['司机甲', '司机乙', 1], ['司机乙', '司机丙', 2], ['司机丁', '司机戊', 3], ['司机戊', '司机己', 4]] AS claim
MERGE (owner:Person:Entity {name: claim[0]})
MERGE (driver:Person:Entity {name: claim[1]})
MERGE (driver)-[:HAS_PHONE]->(phone)
CREATE (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100080' + toString(claim[2]), insurer: '保险公司甲', accident_on: date('2022-05-01') + duration({days: 30 * claim[2]}), amount_claimed: 40000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (driver)-[:DRIVER_IN]->(ic), (owner)-[:OWNER_IN]->(ic),
       (ic)-[:FOR_VEHICLE]->(:Vehicle {plate: '浙D1000' + toString(claim[2])});
