// Honest look-alike: a licensed lender's default judgments, each for what that borrower actually owed.
CREATE (:Company:Entity {name: '绍兴某小额贷款有限公司', industry: '货币金融服务', employees: 20});
MATCH (a:Company {name: '绍兴某小额贷款有限公司'})
UNWIND [[1, 23000.0], [2, 150000.0], [3, 61000.0], [4, 8800.0]] AS loan
CREATE (b:Person:Entity {name: '缺席被告' + toString(loan[0])}),
       (c:Case:Record {case_no: '(2020)浙0603民初' + toString(400 + loan[0]) + '号', case_type: 'civil_first', cause: 'loan_contract',
                       filed_on: date('2020-04-01') + duration({days: 60 * loan[0]}), closed_on: date('2020-08-01') + duration({days: 60 * loan[0]}),
                       closing_method: 'default_judgment', amount_claimed: loan[1], amount_awarded: loan[1], defendant_absent: true, public_notice: false}),
       (a)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c),
       (b)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
