// The company's manager and the boss's sister both file labour claims in its bankruptcy.
// expect-entities: 许经理, 绍兴东方印染有限公司
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司'}),
       (boss:Person:Entity {name: '许老板'}),
       (manager:Person:Entity {name: '许经理'}),
       (sister:Person:Entity {name: '许小妹'}),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破5号', accepted_on: date('2022-06-01')}),
       (c1:Claim:Record {claim_no: '(2022)浙0602破5号债000001', claim_type: 'labor', amount_declared: 360000.0}),
       (c2:Claim:Record {claim_no: '(2022)浙0602破5号债000002', claim_type: 'labor', amount_declared: 150000.0}),
       (d)-[:DEBTOR_IN]->(b), (boss)-[:LEGAL_REP_OF]->(d), (manager)-[:OFFICER_OF {role: 'manager'}]->(d),
       (boss)-[:KIN_OF {relation: 'sibling'}]->(sister),
       (manager)-[:CREDITOR_IN]->(c1), (c1)-[:CLAIM_IN]->(b),
       (sister)-[:CREDITOR_IN]->(c2), (c2)-[:CLAIM_IN]->(b);
