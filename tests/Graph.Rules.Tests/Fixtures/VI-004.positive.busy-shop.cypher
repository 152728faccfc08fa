// A busy shop: ten customers' suits are decided after months, which dilutes any share, but three suits of a crew that
// keeps coming back (the owner of one car drives the next) are mediated within days.
// expect-entities: 绍兴兴业汽车维修有限公司, 原告甲, 原告乙, 原告丙
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (insurer:Company:Entity {name: '某财产保险股份有限公司绍兴分公司', industry: '财产保险'}),
       (:Person:Entity {name: '原告甲'}), (:Person:Entity {name: '原告乙'}), (:Person:Entity {name: '原告丙'});
MATCH (shop:Company {name: '绍兴兴业汽车维修有限公司'}), (insurer:Company {name: '某财产保险股份有限公司绍兴分公司'})
UNWIND [['原告甲', '原告乙', 1], ['原告乙', '原告丙', 2], ['原告丙', '原告甲', 3]] AS claim
MATCH (owner:Person {name: claim[0]}), (driver:Person {name: claim[1]})
CREATE (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100070' + toString(claim[2]), insurer: '某财产保险股份有限公司绍兴分公司', accident_on: date('2022-01-01') + duration({days: 30 * claim[2]}),
                                  amount_claimed: 50000.0, lawsuit_case_no: '(2022)浙0602民初' + toString(970 + claim[2]) + '号'}),
       (c:Case:Record {case_no: '(2022)浙0602民初' + toString(970 + claim[2]) + '号', case_type: 'civil_first', cause: 'motor_accident', filed_on: date('2022-02-01') + duration({days: 30 * claim[2]}),
                       closed_on: date('2022-02-06') + duration({days: 30 * claim[2]}), closing_method: 'mediation', amount_claimed: 50000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (owner)-[:OWNER_IN]->(ic), (driver)-[:DRIVER_IN]->(ic), (ic)-[:LITIGATED_IN]->(c),
       (owner)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c), (insurer)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
MATCH (shop:Company {name: '绍兴兴业汽车维修有限公司'}), (insurer:Company {name: '某财产保险股份有限公司绍兴分公司'})
UNWIND range(1, 10) AS i
CREATE (p:Person:Entity {name: '客户' + toString(i)}),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA20223306010008' + toString(10 + i), insurer: '某财产保险股份有限公司绍兴分公司', accident_on: date('2022-01-01') + duration({days: 20 * i}),
                                  amount_claimed: 9000.0, lawsuit_case_no: '(2022)浙0602民初' + toString(1000 + i) + '号'}),
       (c:Case:Record {case_no: '(2022)浙0602民初' + toString(1000 + i) + '号', case_type: 'civil_first', cause: 'motor_accident', filed_on: date('2022-02-01') + duration({days: 20 * i}),
                       closed_on: date('2022-06-01') + duration({days: 20 * i}), closing_method: 'judgment', amount_claimed: 9000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (p)-[:OWNER_IN]->(ic), (p)-[:DRIVER_IN]->(ic), (ic)-[:LITIGATED_IN]->(c),
       (p)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c), (insurer)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
