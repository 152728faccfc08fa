// Honest look-alike: workers' mediated claims trickle in over the year before the bankruptcy.
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司'}),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破5号', accepted_on: date('2022-06-01')}),
       (d)-[:DEBTOR_IN]->(b);
MATCH (d:Company {name: '绍兴东方印染有限公司'})
UNWIND range(1, 6) AS i
CREATE (w:Person:Entity {name: '员工' + toString(i)}),
       (aw:Award:Record {award_no: '绍越劳人仲案字〔2021〕第' + toString(300 + i) + '号', filed_on: date('2021-06-01') + duration({days: 45 * i}),
                         closed_on: date('2021-07-20') + duration({days: 45 * i}), outcome: 'mediation', amount: 20000.0}),
       (w)-[:APPLICANT_IN]->(aw), (d)-[:RESPONDENT_IN]->(aw);
