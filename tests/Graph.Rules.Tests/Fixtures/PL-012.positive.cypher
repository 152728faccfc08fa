// The same lender and borrower settle two new loan suits, a year apart.
// expect-entities: 唐宁, 宋江
CREATE (a:Person:Entity {name: '唐宁'}),
       (b:Person:Entity {name: '宋江'}),
       (c1:Case:Record {case_no: '(2021)浙0604民初11号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2021-02-01'), closed_on: date('2021-03-01'), closing_method: 'mediation'}),
       (c2:Case:Record {case_no: '(2022)浙0604民初12号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2022-02-01'), closed_on: date('2022-04-01'), closing_method: 'default_judgment', defendant_absent: true}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c1), (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c1),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c2), (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c2);
