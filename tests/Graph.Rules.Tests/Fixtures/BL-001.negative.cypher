// Honest look-alike: an ordinary worker's modest arrears, awarded a few months before acceptance.
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司', employees: 120, status: 'bankrupt'}),
       (w:Person:Entity {name: '黄大伟'}),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破5号', accepted_on: date('2022-06-01')}),
       (aw:Award:Record {award_no: '绍越劳人仲案字〔2022〕第101号', filed_on: date('2022-03-01'), closed_on: date('2022-04-20'), outcome: 'award', amount: 28800.0, monthly_wage_claimed: 4800.0}),
       (cl:Claim:Record {claim_no: '(2022)浙0602破5号债000001', claim_type: 'labor', amount_declared: 28800.0}),
       (d)-[:DEBTOR_IN]->(b), (w)-[:APPLICANT_IN]->(aw), (d)-[:RESPONDENT_IN]->(aw),
       (w)-[:CREDITOR_IN]->(cl), (cl)-[:CLAIM_IN]->(b), (cl)-[:BASED_ON]->(aw);
