// Two cars, two accidents each, all repaired at the same shop, claimed from different insurers.
// expect-entities: 绍兴兴业汽车维修有限公司
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (v1:Vehicle {plate: '浙D11111'}), (v2:Vehicle {plate: '浙D22222'}),
       (o:Person:Entity {name: '车主'});
MATCH (shop:Company), (o:Person {name: '车主'})
UNWIND [['浙D11111', 1], ['浙D11111', 2], ['浙D22222', 3], ['浙D22222', 4]] AS accident
MATCH (v:Vehicle {plate: accident[0]})
CREATE (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100000' + toString(accident[1]), insurer: '保险公司' + toString(accident[1]),
                                  accident_on: date('2022-01-01') + duration({days: 60 * accident[1]}), plate: accident[0], amount_claimed: 50000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (ic)-[:FOR_VEHICLE]->(v), (o)-[:OWNER_IN]->(ic);
