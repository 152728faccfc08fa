// One citizen agent acted for both the lender and the borrower of a mediated loan suit.
// expect-entities: 陈静, 杨帆, 赵磊
CREATE (a:Person:Entity {name: '陈静'}),
       (b:Person:Entity {name: '杨帆'}),
       (g:Person:Entity {name: '赵磊'}),
       (c:Case:Record {case_no: '(2021)浙0604民初155号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2021-04-01'), closed_on: date('2021-04-05'),
                       closing_method: 'mediation', amount_claimed: 80000.0, amount_awarded: 80000.0}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c),
       (g)-[:AGENT_IN {agent_kind: 'citizen', for_role: 'plaintiff', for_side: 'claimant'}]->(c),
       (g)-[:AGENT_IN {agent_kind: 'citizen', for_role: 'defendant', for_side: 'respondent'}]->(c),
       (g)-[:REPRESENTS {case_no: '(2021)浙0604民初155号', agent_kind: 'citizen'}]->(a),
       (g)-[:REPRESENTS {case_no: '(2021)浙0604民初155号', agent_kind: 'citizen'}]->(b);
