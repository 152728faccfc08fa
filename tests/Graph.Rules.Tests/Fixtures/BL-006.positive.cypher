// A labour claim rests on a wage mediation settled five days after filing, four months before acceptance.
// expect-entities: 快调解
CREATE (d:Company:Entity {name: '绍兴东方印染有限公司'}),
       (w:Person:Entity {name: '快调解'}),
       (b:Bankruptcy:Record {bankruptcy_no: '(2022)浙0602破5号', accepted_on: date('2022-06-01')}),
       (c:Case:Record {case_no: '(2022)浙0602民初500号', case_type: 'civil_first', cause: 'labor', filed_on: date('2022-02-01'), closed_on: date('2022-02-06'),
                       closing_method: 'mediation', amount_claimed: 180000.0, amount_awarded: 180000.0}),
       (cl:Claim:Record {claim_no: '(2022)浙0602破5号债000009', claim_type: 'labor', amount_declared: 180000.0, basis_no: '(2022)浙0602民初500号'}),
       (d)-[:DEBTOR_IN]->(b),
       (w)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c), (d)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c),
       (w)-[:CREDITOR_IN]->(cl), (cl)-[:CLAIM_IN]->(b), (cl)-[:BASED_ON]->(c);
