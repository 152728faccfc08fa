// A large wage award, but filed two years before the bankruptcy was accepted: outside the look-back period.
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司', employees: 120, status: 'bankrupt'}),
       (w:Person:Entity {name: '黄大伟'}),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破7号', accepted_on: date('2022-11-01'), debtor_name: '绍兴东方印染有限公司'}),
       (aw:Award:Record {award_no: '绍越劳人仲案字〔2020〕第121号', filed_on: date('2020-10-05'), closed_on: date('2020-11-25'), outcome: 'award', amount: 480000.0, monthly_wage_claimed: 40000.0}),
       (d)-[:DEBTOR_IN]->(b), (w)-[:APPLICANT_IN]->(aw), (d)-[:RESPONDENT_IN]->(aw);
