// Two of a repair shop's mechanics own the cars of its claims; no assessor was sent.
// expect-entities: 绍兴兴业汽车维修有限公司, 技工甲
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司', industry: '机动车维修'});
MATCH (shop:Company {name: '绍兴兴业汽车维修有限公司'})
UNWIND range(1, 2) AS i
CREATE (p:Person:Entity {name: CASE i WHEN 1 THEN '技工甲' ELSE '技工乙' END}),
       (p)-[:EMPLOYED_BY]->(shop),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA2022330601000000' + toString(i), insurer: '某财产保险公司', accident_on: date('2022-03-01') + duration({days: 40 * i}),
                                  plate: '浙D0000' + toString(i), amount_claimed: 60000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (p)-[:OWNER_IN]->(ic), (p)-[:DRIVER_IN]->(ic);
