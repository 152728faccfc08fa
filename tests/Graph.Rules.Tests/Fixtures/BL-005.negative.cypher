// Honest look-alike: the company's staff member defends it in the workers' suits, as staff normally do.
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司'}),
       (g:Person:Entity {name: '人事专员'}),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破5号', accepted_on: date('2022-06-01')}),
       (d)-[:DEBTOR_IN]->(b), (g)-[:EMPLOYED_BY]->(d);
MATCH (d:Company {name: '绍兴东方印染有限公司'}), (g:Person {name: '人事专员'})
UNWIND range(1, 2) AS i
CREATE (w:Person:Entity {name: '员工' + toString(i)}),
       (c:Case:Record {case_no: '(2021)浙0602民初' + toString(600 + i) + '号', case_type: 'civil_first', cause: 'labor', filed_on: date('2021-09-01'),
                       closed_on: date('2021-12-01'), closing_method: 'judgment', amount_claimed: 30000.0}),
       (w)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c), (d)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c),
       (g)-[:AGENT_IN {agent_kind: 'employee', for_role: 'defendant', for_side: 'respondent'}]->(c);
