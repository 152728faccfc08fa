// Honest look-alike: a long-established trading company with staff collecting claims it bought.
CREATE (:Company:Entity {name: '浙江越海贸易股份有限公司', employees: 45, established_on: date('2005-03-01'), status: 'active'});
MATCH (a:Company {name: '浙江越海贸易股份有限公司'})
UNWIND range(1, 3) AS i
CREATE (b:Person:Entity {name: '债务人' + toString(i)}),
       (s:Case:Record {case_no: '(2021)浙0602民初' + toString(50 + i) + '号', case_type: 'civil_first', cause: 'debt_assignment',
                       filed_on: date('2021-05-20') + duration({days: 30 * i}), amount_claimed: 200000.0}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(s),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(s);
