// Honest look-alike: a manufacturer of two hundred staff sues two customers' owners for six million lent to them; for
// a firm of that size the sum is within its means.
CREATE (a:Company:Entity {name: '绍兴永盛建设有限公司', industry: '建筑业', employees: 200}),
       (b1:Person:Entity {name: '借款人甲'}), (b2:Person:Entity {name: '借款人乙'}),
       (c1:Case:Record {case_no: '(2019)浙0681民初41号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2019-03-01'), amount_claimed: 3200000.0}),
       (c2:Case:Record {case_no: '(2019)浙0681民初42号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2019-04-01'), amount_claimed: 2900000.0}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c1), (b1)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c1),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c2), (b2)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c2);
