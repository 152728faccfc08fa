// A private person files ten loan suits within a year and a half, most of them uncontested.
// expect-entities: 钱多多
CREATE (:Person:Entity {name: '钱多多'});
MATCH (a:Person {name: '钱多多'})
UNWIND range(1, 10) AS i
CREATE (b:Person:Entity {name: '借款人' + toString(i)}),
       (c:Case:Record {case_no: '(2021)浙0681民初' + toString(100 + i) + '号', case_type: 'civil_first', cause: 'private_lending',
                       filed_on: date('2021-01-01') + duration({days: 50 * i}), closed_on: date('2021-01-01') + duration({days: 50 * i + 5}),
                       closing_method: CASE WHEN i % 2 = 0 THEN 'mediation' ELSE 'default_judgment' END, amount_claimed: 50000.0 + i, defendant_absent: i % 2 = 1}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
