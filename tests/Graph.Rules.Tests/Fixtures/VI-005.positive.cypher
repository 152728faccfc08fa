// One man was at the wheel of two different owners' cars, both crashes repaired at the same shop.
// expect-entities: 专职司机, 车主甲, 车主乙
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (driver:Person:Entity {name: '专职司机'});
MATCH (shop:Company), (driver:Person {name: '专职司机'})
UNWIND range(1, 2) AS i
CREATE (o:Person:Entity {name: CASE i WHEN 1 THEN '车主甲' ELSE '车主乙' END}),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100060' + toString(i), insurer: '保险公司甲', accident_on: date('2022-03-01') + duration({days: 50 * i}), amount_claimed: 30000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (o)-[:OWNER_IN]->(ic), (driver)-[:DRIVER_IN]->(ic);
