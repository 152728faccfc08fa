// The company's own HR clerk acts as agent for two workers claiming wages from it.
// expect-entities: 人事专员, 绍兴东方印染有限公司
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司'}),
       (g:Person:Entity {name: '人事专员'}),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破5号', accepted_on: date('2022-06-01')}),
       (d)-[:DEBTOR_IN]->(b), (g)-[:EMPLOYED_BY]->(d);
MATCH (d:Company {name: '绍兴东方印染有限公司'}), (g:Person {name: '人事专员'})
UNWIND range(1, 2) AS i
CREATE (w:Person:Entity {name: '员工' + toString(i)}),
       (aw:Award:Record {award_no: '绍越劳人仲案字〔2022〕第' + toString(400 + i) + '号', filed_on: date('2022-03-01'), closed_on: date('2022-03-03'), outcome: 'mediation', amount: 250000.0}),
       (w)-[:APPLICANT_IN]->(aw), (d)-[:RESPONDENT_IN]->(aw),
       (g)-[:AGENT_IN {for_role: 'applicant', for_side: 'claimant'}]->(aw),
       (g)-[:REPRESENTS {award_no: '绍越劳人仲案字〔2022〕第' + toString(400 + i) + '号'}]->(w);
