// A small circle: one lender, two borrowers, both suits closed by mediation or confirmation within ten days of filing.
// expect-entities: 郑海, 借款人甲, 借款人乙
CREATE (a:Person:Entity {name: '郑海'}),
       (b1:Person:Entity {name: '借款人甲'}), (b2:Person:Entity {name: '借款人乙'}),
       (c1:Case:Record {case_no: '(2022)浙0602民初1号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2022-01-05'), closed_on: date('2022-01-14'), closing_method: 'mediation', amount_claimed: 100000.0}),
       (c2:Case:Record {case_no: '(2022)浙0602民特2号', case_type: 'special', cause: 'private_lending', filed_on: date('2022-03-05'), closed_on: date('2022-03-10'), closing_method: 'judicial_confirmation', amount_claimed: 99000.0}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c1), (b1)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c1),
       (a)-[:PARTY_IN {role: 'applicant', side: 'claimant'}]->(c2), (b2)-[:PARTY_IN {role: 'applicant', side: 'claimant'}]->(c2);
