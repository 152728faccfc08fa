// Two crews of the shop's staff crash each other's cars, unassessed; a third employee is on no claim. The legal
// representative and the idle employee go with the larger crew.
// expect-entities: 绍兴兴业汽车维修有限公司, 老板, 技工甲, 技工乙, 学徒
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司', industry: '机动车维修'}),
       (boss:Person:Entity {name: '老板'}), (boss)-[:LEGAL_REP_OF]->(shop),
       (idle:Person:Entity {name: '学徒'}), (idle)-[:EMPLOYED_BY]->(shop);
MATCH (shop:Company {name: '绍兴兴业汽车维修有限公司'})
UNWIND [['技工甲', '技工乙', 1], ['技工乙', '技工甲', 2], ['技工乙', '技工甲', 3], ['技工丙', '技工丁', 4], ['技工丁', '技工丙', 5]] AS claim
MERGE (owner:Person:Entity {name: claim[0]})
MERGE (driver:Person:Entity {name: claim[1]})
MERGE (owner)-[:EMPLOYED_BY]->(shop)
CREATE (ic:InsuranceClaim:Record {claim_no: 'RDAA2022330601000010' + toString(claim[2]), insurer: '某财产保险公司', accident_on: date('2022-03-01') + duration({days: 40 * claim[2]}),
                                  plate: '浙D1000' + toString(claim[2]), amount_claimed: 60000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (owner)-[:OWNER_IN]->(ic), (driver)-[:DRIVER_IN]->(ic);
