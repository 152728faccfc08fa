// Honest look-alike in messy records: a man drives his own car twice; once he is written as owner without his id (a
// second node of his name), and one claim row was written twice (two owner nodes of one name for one claim).
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (driver:Person:Entity {name: '车主', id_number: '330602198001010011'}),
       (again:Person:Entity {name: '车主'}),
       (neighbour1:Person:Entity {name: '邻居'}), (neighbour2:Person:Entity {name: '邻居'}),
       (ic1:InsuranceClaim:Record {claim_no: 'RDAA2022330601000801', insurer: '保险公司甲', accident_on: date('2022-03-01'), amount_claimed: 3000.0}),
       (ic2:InsuranceClaim:Record {claim_no: 'RDAA2022330601000802', insurer: '保险公司乙', accident_on: date('2023-03-01'), amount_claimed: 5000.0}),
       (shop)-[:REPAIRER_IN]->(ic1), (again)-[:OWNER_IN]->(ic1), (driver)-[:DRIVER_IN]->(ic1),
       (shop)-[:REPAIRER_IN]->(ic2), (neighbour1)-[:OWNER_IN]->(ic2), (neighbour2)-[:OWNER_IN]->(ic2), (driver)-[:DRIVER_IN]->(ic2);
