// Four workers claim 4-5k a month; a fifth claims 30k.
// expect-entities: 高薪, 绍兴东方印染有限公司
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司'}),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破5号', accepted_on: date('2022-06-01')}),
       (d)-[:DEBTOR_IN]->(b);
MATCH (d:Company {name: '绍兴东方印染有限公司'})
UNWIND [['工人甲', 4000.0], ['工人乙', 4200.0], ['工人丙', 4500.0], ['工人丁', 5000.0], ['高薪', 30000.0]] AS claim
CREATE (w:Person:Entity {name: claim[0]}),
       (aw:Award:Record {award_no: '绍越劳人仲案字〔2022〕第' + claim[0] + '号', filed_on: date('2022-02-01'), closed_on: date('2022-03-20'), outcome: 'award',
                         amount: claim[1] * 6, monthly_wage_claimed: claim[1]}),
       (w)-[:APPLICANT_IN]->(aw), (d)-[:RESPONDENT_IN]->(aw);
