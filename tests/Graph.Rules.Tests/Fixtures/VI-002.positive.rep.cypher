// Two cars of one crew crash twice each at the same shop; the shop's legal representative is named with them.
// expect-entities: 绍兴兴业汽车维修有限公司, 老板, 车主甲, 司机乙
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (boss:Person:Entity {name: '老板'}), (boss)-[:LEGAL_REP_OF]->(shop),
       (v1:Vehicle {plate: '浙D11111'}), (v2:Vehicle {plate: '浙D22222'}),
       (o:Person:Entity {name: '车主甲'}), (d:Person:Entity {name: '司机乙'});
MATCH (shop:Company), (o:Person {name: '车主甲'}), (d:Person {name: '司机乙'})
UNWIND [['浙D11111', 1], ['浙D11111', 2], ['浙D22222', 3], ['浙D22222', 4]] AS accident
MATCH (v:Vehicle {plate: accident[0]})
CREATE (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100100' + toString(accident[1]), insurer: '保险公司' + toString(accident[1]),
                                  accident_on: date('2022-01-01') + duration({days: 60 * accident[1]}), plate: accident[0], amount_claimed: 50000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (ic)-[:FOR_VEHICLE]->(v), (o)-[:OWNER_IN]->(ic), (d)-[:DRIVER_IN]->(ic);
