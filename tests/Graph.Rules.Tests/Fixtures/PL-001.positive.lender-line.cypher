// A serial lender's "borrowers" all gave the lender's own phone number: more holders than a private line has, yet
// every one of them met the lender in court, so the number is no switchboard.
// expect-entities: 绍兴荣达贸易有限公司, 借款人3
CREATE (lender:Company:Entity {name: '绍兴荣达贸易有限公司'}),
       (phone:Phone {number: '057581710316'}),
       (lender)-[:HAS_PHONE]->(phone);
MATCH (lender:Company {name: '绍兴荣达贸易有限公司'}), (phone:Phone {number: '057581710316'})
UNWIND range(1, 7) AS i
CREATE (b:Person:Entity {name: '借款人' + toString(i)}),
       (c:Case:Record {case_no: '(2022)浙0602民初' + toString(600 + i) + '号', case_type: 'civil_first', cause: 'private_lending',
                       filed_on: date('2022-03-01') + duration({days: 20 * i}), closed_on: date('2022-06-01') + duration({days: 20 * i}),
                       closing_method: 'judgment', amount_claimed: 88000.0, amount_awarded: 88000.0, defendant_absent: false, public_notice: false}),
       (lender)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c),
       (b)-[:HAS_PHONE]->(phone);
