// Honest look-alike: a taxi comes back three times, but to three different shops.
CREATE (v:Vehicle {plate: '浙DT8888'}),
       (o:Company:Entity {name: '绍兴出租汽车有限公司'});
MATCH (v:Vehicle), (o:Company {name: '绍兴出租汽车有限公司'})
UNWIND range(1, 3) AS i
CREATE (shop:Company:Entity {name: '维修厂' + toString(i)}),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100010' + toString(i), insurer: '保险公司甲', accident_on: date('2022-01-01') + duration({days: 90 * i}),
                                  plate: '浙DT8888', amount_claimed: 8000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (ic)-[:FOR_VEHICLE]->(v), (o)-[:OWNER_IN]->(ic);
