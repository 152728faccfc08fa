// Months after a bank's enforcement case against him, the debtor "assigns" a claim to a friend, who sues the
// claim's obligor on it; the obligor is named with them.
// expect-entities: 蒋明, 韩梅, 曹操
CREATE (x:Person:Entity {name: '蒋明'}),
       (bank:Company:Entity {name: '中国农业银行股份有限公司绍兴分行', industry: '货币金融服务'}),
       (assignee:Person:Entity {name: '韩梅'}),
       (obligor:Person:Entity {name: '曹操'}),
       (listing:Case:Record {case_no: '(2020)浙0602执100号', case_type: 'enforcement', cause: 'private_lending', filed_on: date('2020-01-10')}),
       (suit:Case:Record {case_no: '(2020)浙0602民初900号', case_type: 'civil_first', cause: 'debt_assignment', filed_on: date('2020-06-01'), closed_on: date('2020-06-05'), closing_method: 'mediation', amount_claimed: 300000.0}),
       (bank)-[:PARTY_IN {role: 'enforcement_applicant', side: 'claimant'}]->(listing),
       (x)-[:PARTY_IN {role: 'enforcement_respondent', side: 'respondent'}]->(listing),
       (assignee)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(suit),
       (obligor)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(suit),
       (x)-[:PARTY_IN {role: 'third_party', side: 'third'}]->(suit);
