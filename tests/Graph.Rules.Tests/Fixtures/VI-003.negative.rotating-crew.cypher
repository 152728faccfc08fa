// Honest look-alike of the rotating crew: the same owners lend their cars to the same drivers at the same shop, but
// each driver gave a mobile of their own and only one gave the shop's number (a customer whose phone was flat):
// one claim with the shop's number is below min_claims, and no number is shared by two drivers.
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (boss:Person:Entity {name: '老板'}), (boss)-[:LEGAL_REP_OF]->(shop),
       (shop)-[:HAS_PHONE]->(:Phone {number: '057588776655'});
MATCH (shop:Company)
UNWIND [['司机甲', '司机乙', 1], ['司机乙', '司机丙', 2], ['司机丁', '司机戊', 3], ['司机戊', '司机己', 4]] AS claim
MERGE (owner:Person:Entity {name: claim[0]})
MERGE (driver:Person:Entity {name: claim[1]})
CREATE (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100090' + toString(claim[2]), insurer: '保险公司甲', accident_on: date('2022-05-01') + duration({days: 30 * claim[2]}), amount_claimed: 40000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (driver)-[:DRIVER_IN]->(ic), (owner)-[:OWNER_IN]->(ic),
       (ic)-[:FOR_VEHICLE]->(:Vehicle {plate: '浙D2000' + toString(claim[2])}),
       (driver)-[:HAS_PHONE]->(:Phone {number: '1390000000' + toString(claim[2])});
MATCH (d:Person {name: '司机乙'}), (phone:Phone {number: '057588776655'})
CREATE (d)-[:HAS_PHONE]->(phone);
