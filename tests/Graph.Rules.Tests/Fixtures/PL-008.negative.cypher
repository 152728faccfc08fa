// Honest look-alike: a bank settles several suits through the court's busiest mediation body.
// param: min_court_cases = 4
CREATE (court:Court {name: '浙江省绍兴市越城区人民法院'}),
       (m:MediatorOrg {name: '越城区某调解中心'}),
       (a:Company:Entity {name: '中国工商银行股份有限公司绍兴分行', industry: '货币金融服务', employees: 500});
MATCH (court:Court), (m:MediatorOrg), (a:Company)
UNWIND range(1, 4) AS i
CREATE (b:Person:Entity {name: '借款人' + toString(i)}),
       (c:Case:Record {case_no: '(2022)浙0602民初' + toString(700 + i) + '号', case_type: 'civil_first', cause: 'loan_contract', filed_on: date('2022-06-01') + duration({days: 10 * i}),
                       closed_on: date('2022-08-01') + duration({days: 10 * i}), closing_method: 'mediation', mediator_org: '越城区某调解中心', amount_claimed: 170000.0}),
       (c)-[:HEARD_BY]->(court), (c)-[:MEDIATED_BY]->(m),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
