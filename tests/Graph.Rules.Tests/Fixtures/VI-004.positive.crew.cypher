// A crew's suits over claims repaired at the shop are mediated within days: the owner of one car drives the other.
// The legal representative is named with the crew.
// expect-entities: 绍兴兴业汽车维修有限公司, 老板, 原告甲, 原告乙
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (boss:Person:Entity {name: '老板'}), (boss)-[:LEGAL_REP_OF]->(shop),
       (insurer:Company:Entity {name: '某财产保险股份有限公司绍兴分公司', industry: '财产保险'}),
       (:Person:Entity {name: '原告甲'}), (:Person:Entity {name: '原告乙'});
MATCH (shop:Company {name: '绍兴兴业汽车维修有限公司'}), (insurer:Company {name: '某财产保险股份有限公司绍兴分公司'})
UNWIND [['原告甲', '原告乙', 1], ['原告乙', '原告甲', 2], ['原告甲', '原告乙', 3]] AS claim
MATCH (owner:Person {name: claim[0]}), (driver:Person {name: claim[1]})
CREATE (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100060' + toString(claim[2]), insurer: '某财产保险股份有限公司绍兴分公司', accident_on: date('2022-01-01') + duration({days: 30 * claim[2]}),
                                  amount_claimed: 50000.0, lawsuit_case_no: '(2022)浙0602民初' + toString(960 + claim[2]) + '号'}),
       (c:Case:Record {case_no: '(2022)浙0602民初' + toString(960 + claim[2]) + '号', case_type: 'civil_first', cause: 'motor_accident', filed_on: date('2022-02-01') + duration({days: 30 * claim[2]}),
                       closed_on: date('2022-02-04') + duration({days: 30 * claim[2]}), closing_method: 'mediation', amount_claimed: 50000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (owner)-[:OWNER_IN]->(ic), (driver)-[:DRIVER_IN]->(ic), (ic)-[:LITIGATED_IN]->(c),
       (owner)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c), (insurer)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
