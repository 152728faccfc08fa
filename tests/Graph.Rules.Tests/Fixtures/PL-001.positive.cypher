// The "defendant" of a fast-mediated loan suit gave the plaintiff's own phone number.
// expect-entities: 张伟, 李强
CREATE (a:Person:Entity {name: '张伟', id_number: '330602198001010011'}),
       (b:Person:Entity {name: '李强', id_number: '330602198502020022'}),
       (c:Case:Record {case_no: '(2023)浙0602民初101号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2023-03-01'), closed_on: date('2023-03-04'),
                       closing_method: 'mediation', amount_claimed: 200000.0, amount_awarded: 200000.0, defendant_absent: false, public_notice: false}),
       (phone:Phone {number: '13800001111'}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c),
       (a)-[:HAS_PHONE]->(phone),
       (b)-[:HAS_PHONE]->(phone);
