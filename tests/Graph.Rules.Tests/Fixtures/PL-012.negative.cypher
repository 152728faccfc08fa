// Honest look-alike: one dispute seen three times — the first-instance default judgment, its appeal and its enforcement.
CREATE (a:Person:Entity {name: '唐宁'}),
       (b:Person:Entity {name: '宋江'}),
       (c1:Case:Record {case_no: '(2021)浙0604民初11号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2021-02-01'), closed_on: date('2021-05-01'), closing_method: 'default_judgment', defendant_absent: true}),
       (c2:Case:Record {case_no: '(2021)浙06民终12号', case_type: 'civil_second', cause: 'private_lending', filed_on: date('2021-06-01'), closed_on: date('2021-08-01'), closing_method: 'mediation'}),
       (c3:Case:Record {case_no: '(2021)浙0604执13号', case_type: 'enforcement', cause: 'private_lending', filed_on: date('2021-09-01'), closing_method: 'other'}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c1), (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c1),
       (b)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c2), (a)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c2),
       (a)-[:PARTY_IN {role: 'enforcement_applicant', side: 'claimant'}]->(c3), (b)-[:PARTY_IN {role: 'enforcement_respondent', side: 'respondent'}]->(c3);
