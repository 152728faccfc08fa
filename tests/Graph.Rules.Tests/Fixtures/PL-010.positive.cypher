// A company set up four months earlier, with nobody on its payroll, files three debt-assignment suits.
// expect-entities: 绍兴恒信资产管理有限公司
CREATE (:Company:Entity {name: '绍兴恒信资产管理有限公司', uscc: '91330602MA2JXXXX1X', employees: 0, established_on: date('2021-01-15'), status: 'active'});
MATCH (a:Company {name: '绍兴恒信资产管理有限公司'})
UNWIND range(1, 3) AS i
CREATE (b:Person:Entity {name: '债务人' + toString(i)}),
       (s:Case:Record {case_no: '(2021)浙0602民初' + toString(40 + i) + '号', case_type: 'civil_first', cause: 'debt_assignment',
                       filed_on: date('2021-05-20') + duration({days: 7 * i}), amount_claimed: 200000.0}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(s),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(s);
