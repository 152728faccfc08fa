// Honest look-alike: spouses in a genuinely contested divorce, each with a lawyer, months of hearings, a split judgment.
CREATE (a:Person:Entity {name: '孙丽'}),
       (b:Person:Entity {name: '马超'}),
       (l1:Person:Entity {name: '周律师'}),
       (l2:Person:Entity {name: '吴律师'}),
       (c:Case:Record {case_no: '(2023)浙0602民初77号', case_type: 'civil_first', cause: 'divorce_property', filed_on: date('2023-01-10'), closed_on: date('2023-09-03'),
                       closing_method: 'judgment', amount_claimed: 900000.0, amount_awarded: 420000.0, defendant_absent: false, public_notice: false}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c),
       (a)-[:KIN_OF {relation: 'spouse'}]->(b),
       (l1)-[:REPRESENTS {case_no: '(2023)浙0602民初77号', agent_kind: 'lawyer'}]->(a),
       (l2)-[:REPRESENTS {case_no: '(2023)浙0602民初77号', agent_kind: 'lawyer'}]->(b);
