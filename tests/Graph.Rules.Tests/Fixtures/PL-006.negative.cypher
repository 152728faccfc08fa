// Honest look-alike: a bank suing a dozen borrowers in a year, by judgment and default.
CREATE (:Company:Entity {name: '中国银行股份有限公司绍兴分行', industry: '货币金融服务', employees: 300});
MATCH (bank:Company {name: '中国银行股份有限公司绍兴分行'})
UNWIND range(1, 12) AS i
CREATE (b:Person:Entity {name: '借款人' + toString(i)}),
       (c:Case:Record {case_no: '(2021)浙0681民初' + toString(200 + i) + '号', case_type: 'civil_first', cause: 'private_lending',
                       filed_on: date('2021-01-01') + duration({days: 30 * i}), closed_on: date('2021-01-01') + duration({days: 30 * i + 120}),
                       closing_method: CASE WHEN i % 2 = 0 THEN 'judgment' ELSE 'default_judgment' END, amount_claimed: 10000.0 * i, defendant_absent: i % 2 = 1}),
       (bank)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
