// Honest look-alike: one quick mediation beside a suit settled after weeks; a single quick settlement is ordinary.
CREATE (a:Person:Entity {name: '郑海'}),
       (b1:Person:Entity {name: '借款人甲'}), (b2:Person:Entity {name: '借款人乙'}),
       (c1:Case:Record {case_no: '(2022)浙0602民初1号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2022-01-05'), closed_on: date('2022-01-09'), closing_method: 'mediation', amount_claimed: 100000.0}),
       (c2:Case:Record {case_no: '(2022)浙0602民初2号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2022-03-05'), closed_on: date('2022-03-16'), closing_method: 'mediation', amount_claimed: 99000.0}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c1), (b1)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c1),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c2), (b2)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c2);
