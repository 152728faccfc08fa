// Plaintiff and defendant of a default-judgment loan suit live at the same flat.
// expect-entities: 王芳, 刘洋
CREATE (a:Person:Entity {name: '王芳'}),
       (b:Person:Entity {name: '刘洋'}),
       (c:Case:Record {case_no: '(2022)浙0603民初55号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2022-05-01'), closed_on: date('2022-06-20'),
                       closing_method: 'default_judgment', amount_claimed: 150000.0, amount_awarded: 150000.0, defendant_absent: true, public_notice: true}),
       (home:Address {text: '浙江省绍兴市越城区鉴湖小区24幢4单元301'}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c),
       (a)-[:HAS_ADDRESS]->(home),
       (b)-[:HAS_ADDRESS]->(home);
