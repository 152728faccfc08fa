// Ten months before the bankruptcy was accepted (inside the one-year look-back), one "worker" obtained a 480k wage
// award; the company's legal representative is named with him.
// expect-entities: 黄大伟, 绍兴东方印染有限公司, 王老板
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司', employees: 120, status: 'bankrupt'}),
       (w:Person:Entity {name: '黄大伟'}),
       (boss:Person:Entity {name: '王老板'}), (boss)-[:LEGAL_REP_OF]->(d),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破6号', accepted_on: date('2022-11-01'), debtor_name: '绍兴东方印染有限公司'}),
       (aw:Award:Record {award_no: '绍越劳人仲案字〔2022〕第111号', filed_on: date('2022-01-05'), closed_on: date('2022-01-25'), outcome: 'mediation', amount: 480000.0, monthly_wage_claimed: 40000.0}),
       (d)-[:DEBTOR_IN]->(b), (w)-[:APPLICANT_IN]->(aw), (d)-[:RESPONDENT_IN]->(aw);
