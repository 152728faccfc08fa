// Five wage mediations against the company filed within ten days, two months before its bankruptcy; the company's
// legal representative is named with the claimants.
// expect-entities: 绍兴东方印染有限公司, 王老板, 员工1
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司'}),
       (boss:Person:Entity {name: '王老板'}), (boss)-[:LEGAL_REP_OF]->(d),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破5号', accepted_on: date('2022-06-01')}),
       (d)-[:DEBTOR_IN]->(b);
MATCH (d:Company {name: '绍兴东方印染有限公司'})
UNWIND range(1, 5) AS i
CREATE (w:Person:Entity {name: '员工' + toString(i)}),
       (aw:Award:Record {award_no: '绍越劳人仲案字〔2022〕第' + toString(210 + i) + '号', filed_on: date('2022-04-01') + duration({days: 2 * i}),
                         closed_on: date('2022-04-03') + duration({days: 2 * i}), outcome: 'mediation', amount: 30000.0}),
       (w)-[:APPLICANT_IN]->(aw), (d)-[:RESPONDENT_IN]->(aw);
