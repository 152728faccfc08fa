// Honest look-alike: a worker's award, decided by the commission after weeks, in the year before the bankruptcy.
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司'}),
       (w:Person:Entity {name: '普通工人'}),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破5号', accepted_on: date('2022-06-01')}),
       (aw:Award:Record {award_no: '绍越劳人仲案字〔2022〕第77号', filed_on: date('2022-01-10'), closed_on: date('2022-02-25'), outcome: 'award', amount: 21000.0}),
       (cl:Claim:Record {claim_no: '(2022)浙0602破5号债000010', claim_type: 'labor', amount_declared: 21000.0, basis_no: '绍越劳人仲案字〔2022〕第77号'}),
       (d)-[:DEBTOR_IN]->(b),
       (w)-[:APPLICANT_IN]->(aw), (d)-[:RESPONDENT_IN]->(aw),
       (w)-[:CREDITOR_IN]->(cl), (cl)-[:CLAIM_IN]->(b), (cl)-[:BASED_ON]->(aw);
