// Honest look-alike: the shop repairs two customers' cars; the owners have nothing to do with it.
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司', industry: '机动车维修'}),
       (mechanic:Person:Entity {name: '技工甲'}),
       (mechanic)-[:EMPLOYED_BY]->(shop);
MATCH (shop:Company {name: '绍兴兴业汽车维修有限公司'})
UNWIND range(1, 2) AS i
CREATE (p:Person:Entity {name: '车主' + toString(i)}),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA2022330601000000' + toString(i), insurer: '某财产保险公司', accident_on: date('2022-03-01') + duration({days: 40 * i}),
                                  plate: '浙D0000' + toString(i), assessor: '查勘员', amount_claimed: 6000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (p)-[:OWNER_IN]->(ic), (p)-[:DRIVER_IN]->(ic);
