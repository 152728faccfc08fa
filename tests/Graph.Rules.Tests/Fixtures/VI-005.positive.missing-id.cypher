// One man was at the wheel of two different owners' cars at one shop; the second claim left out his id (a second node
// of his name). He is the same driver, so he drove two owners' cars.
// expect-entities: 专职司机, 车主甲, 车主乙
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (:Person:Entity {name: '专职司机', id_number: '330602198001010011'}),
       (:Person:Entity {name: '专职司机', tag: 'written without id'});
MATCH (shop:Company)
UNWIND range(1, 2) AS i
MATCH (driver:Person {name: '专职司机'})
WHERE (driver.id_number IS NOT NULL) = (i = 1)
CREATE (o:Person:Entity {name: CASE i WHEN 1 THEN '车主甲' ELSE '车主乙' END, id_number: '33060219850101002' + toString(i)}),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100080' + toString(i), insurer: '保险公司甲', accident_on: date('2022-03-01') + duration({days: 50 * i}), amount_claimed: 30000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (o)-[:OWNER_IN]->(ic), (driver)-[:DRIVER_IN]->(ic);
