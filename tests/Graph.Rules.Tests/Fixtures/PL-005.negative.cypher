// Honest look-alike: a lender whose suits end by mediation after weeks of negotiation, as ordinary mediations do.
CREATE (a:Person:Entity {name: '郑海'}),
       (b1:Person:Entity {name: '借款人甲'}), (b2:Person:Entity {name: '借款人乙'}), (b3:Person:Entity {name: '借款人丙'}),
       (c1:Case:Record {case_no: '(2022)浙0602民初1号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2022-01-05'), closed_on: date('2022-03-08'), closing_method: 'mediation', amount_claimed: 100000.0}),
       (c2:Case:Record {case_no: '(2022)浙0602民初2号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2022-02-05'), closed_on: date('2022-04-07'), closing_method: 'mediation', amount_claimed: 48000.0}),
       (c3:Case:Record {case_no: '(2022)浙0602民初3号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2022-03-05'), closed_on: date('2022-03-08'), closing_method: 'withdrawal', amount_claimed: 9000.0}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c1), (b1)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c1),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c2), (b2)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c2),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c3), (b3)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c3);
