// Three absent "borrowers" lose in full on claims of almost the same amount.
// expect-entities: 何志
CREATE (:Person:Entity {name: '何志'});
MATCH (a:Person {name: '何志'})
UNWIND range(1, 3) AS i
CREATE (b:Person:Entity {name: '缺席被告' + toString(i)}),
       (c:Case:Record {case_no: '(2020)浙0603民初' + toString(300 + i) + '号', case_type: 'civil_first', cause: 'private_lending',
                       filed_on: date('2020-04-01') + duration({days: 20 * i}), closed_on: date('2020-06-01') + duration({days: 20 * i}),
                       closing_method: 'default_judgment', amount_claimed: 300000.0 - 1000 * i, amount_awarded: 300000.0 - 1000 * i, defendant_absent: true, public_notice: i = 2}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
