// A restaurant of thirty staff claims thirty million in loans it says it made to its "borrowers": far beyond what a
// firm of that size could lend.
// expect-entities: 杭州天润餐饮有限公司, 借款人4
CREATE (:Company:Entity {name: '杭州天润餐饮有限公司', industry: '餐饮业', employees: 30});
MATCH (a:Company {name: '杭州天润餐饮有限公司'})
UNWIND range(1, 12) AS i
CREATE (b:Person:Entity {name: '借款人' + toString(i)}),
       (c:Case:Record {case_no: '(2019)浙0402民初' + toString(400 + i) + '号', case_type: 'civil_first', cause: 'private_lending',
                       filed_on: date('2019-01-01') + duration({days: 30 * i}), amount_claimed: 2500000.0}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
