// Honest look-alike: both sides are registered at compound level, like hundreds of other residents.
CREATE (a:Person:Entity {name: '王芳'}),
       (b:Person:Entity {name: '刘洋'}),
       (c:Case:Record {case_no: '(2022)浙0603民初56号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2022-05-01'), closed_on: date('2022-11-20'),
                       closing_method: 'judgment', amount_claimed: 150000.0, amount_awarded: 90000.0, defendant_absent: false, public_notice: false}),
       (compound:Address {text: '浙江省绍兴市越城区阳光小区'}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c),
       (a)-[:HAS_ADDRESS]->(compound),
       (b)-[:HAS_ADDRESS]->(compound);
MATCH (compound:Address {text: '浙江省绍兴市越城区阳光小区'})
UNWIND range(1, 40) AS i
CREATE (:Person:Entity {name: '住户' + toString(i)})-[:HAS_ADDRESS]->(compound);
