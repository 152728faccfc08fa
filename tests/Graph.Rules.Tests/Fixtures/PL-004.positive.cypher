// Siblings meet as lender and borrower; the suit is confirmed by agreement within days.
// expect-entities: 孙丽, 孙刚
CREATE (a:Person:Entity {name: '孙丽'}),
       (b:Person:Entity {name: '孙刚'}),
       (c:Case:Record {case_no: '(2023)浙0602民特12号', case_type: 'special', cause: 'private_lending', filed_on: date('2023-07-01'), closed_on: date('2023-07-03'),
                       closing_method: 'judicial_confirmation', amount_claimed: 600000.0, amount_awarded: 600000.0}),
       (a)-[:PARTY_IN {role: 'applicant', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'applicant', side: 'claimant'}]->(c),
       (a)-[:KIN_OF {relation: 'sibling'}]->(b);
