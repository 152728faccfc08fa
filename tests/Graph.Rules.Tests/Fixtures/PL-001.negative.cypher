// Honest look-alike: both sides gave a law firm's switchboard, which dozens of unrelated clients also give.
CREATE (a:Person:Entity {name: '张伟'}),
       (b:Person:Entity {name: '李强'}),
       (c:Case:Record {case_no: '(2023)浙0602民初102号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2023-03-01'), closed_on: date('2023-09-04'),
                       closing_method: 'judgment', amount_claimed: 200000.0, amount_awarded: 120000.0, defendant_absent: false, public_notice: false}),
       (phone:Phone {number: '057588001234'}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c),
       (a)-[:HAS_PHONE]->(phone),
       (b)-[:HAS_PHONE]->(phone);
MATCH (phone:Phone {number: '057588001234'})
UNWIND range(1, 10) AS i
CREATE (:Person:Entity {name: '当事人' + toString(i)})-[:HAS_PHONE]->(phone);
