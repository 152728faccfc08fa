// A mediation body handles most of a court's mediations; one lender's suits keep going through it, closed in days.
// param: min_court_cases = 4
// expect-entities: 冯宝
CREATE (court:Court {name: '浙江省绍兴市越城区人民法院'}),
       (m:MediatorOrg {name: '越城区某调解中心'}),
       (other:MediatorOrg {name: '越城区人民调解委员会'}),
       (a:Person:Entity {name: '冯宝'});
MATCH (court:Court), (m:MediatorOrg {name: '越城区某调解中心'}), (a:Person {name: '冯宝'})
UNWIND range(1, 3) AS i
CREATE (b:Person:Entity {name: '债务人' + toString(i)}),
       (c:Case:Record {case_no: '(2022)浙0602民特' + toString(500 + i) + '号', case_type: 'special', cause: 'private_lending', filed_on: date('2022-06-01') + duration({days: i}),
                       closed_on: date('2022-06-03') + duration({days: i}), closing_method: 'judicial_confirmation', mediator_org: '越城区某调解中心', amount_claimed: 70000.0}),
       (c)-[:HEARD_BY]->(court), (c)-[:MEDIATED_BY]->(m),
       (a)-[:PARTY_IN {role: 'applicant', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'applicant', side: 'claimant'}]->(c);
MATCH (court:Court), (other:MediatorOrg {name: '越城区人民调解委员会'})
CREATE (c:Case:Record {case_no: '(2022)浙0602民初600号', case_type: 'civil_first', cause: 'sales_contract', filed_on: date('2022-01-01'), closed_on: date('2022-03-01'), closing_method: 'mediation'}),
       (c)-[:HEARD_BY]->(court), (c)-[:MEDIATED_BY]->(other);
