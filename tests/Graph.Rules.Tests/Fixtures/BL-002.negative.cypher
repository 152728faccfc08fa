// Honest look-alike: ordinary employees (on the payroll, no office, no kin of the owners) claim their arrears.
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司'}),
       (boss:Person:Entity {name: '许老板'}),
       (w1:Person:Entity {name: '工人甲'}), (w2:Person:Entity {name: '工人乙'}),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破5号', accepted_on: date('2022-06-01')}),
       (c1:Claim:Record {claim_no: '(2022)浙0602破5号债000001', claim_type: 'labor', amount_declared: 24000.0}),
       (c2:Claim:Record {claim_no: '(2022)浙0602破5号债000002', claim_type: 'labor', amount_declared: 18000.0}),
       (d)-[:DEBTOR_IN]->(b), (boss)-[:LEGAL_REP_OF]->(d),
       (w1)-[:EMPLOYED_BY]->(d), (w2)-[:EMPLOYED_BY]->(d),
       (w1)-[:CREDITOR_IN]->(c1), (c1)-[:CLAIM_IN]->(b),
       (w2)-[:CREDITOR_IN]->(c2), (c2)-[:CLAIM_IN]->(b);
