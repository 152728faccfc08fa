// A busy shop (ten slow suits) and a crew's three fast-settled suits, the third written without the crew's ids: its owner
// and driver are the same-named people of the shop's other claims, so that claim comes back to the shop too.
// expect-entities: 绍兴兴业汽车维修有限公司, 原告甲, 原告乙, 原告丙
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (insurer:Company:Entity {name: '某财产保险股份有限公司绍兴分公司', industry: '财产保险'}),
       (:Person:Entity {name: '原告甲', id_number: '330602199001011234'}), (:Person:Entity {name: '原告乙', id_number: '330602199002021234'}),
       (:Person:Entity {name: '原告丙', id_number: '330602199003031234'}),
       (:Person:Entity {name: '原告丙', tag: 'written without id'}), (:Person:Entity {name: '原告甲', tag: 'written without id'});
MATCH (shop:Company {name: '绍兴兴业汽车维修有限公司'}), (insurer:Company {name: '某财产保险股份有限公司绍兴分公司'})
UNWIND [['原告甲', '原告乙', 1, true], ['原告乙', '原告丙', 2, true], ['原告丙', '原告甲', 3, false]] AS claim
MATCH (owner:Person {name: claim[0]}), (driver:Person {name: claim[1]})
WHERE (owner.id_number IS NOT NULL) = claim[3] AND (driver.id_number IS NOT NULL) = claim[3]
CREATE (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100090' + toString(claim[2]), insurer: '某财产保险股份有限公司绍兴分公司', accident_on: date('2022-01-01') + duration({days: 30 * claim[2]}),
                                  amount_claimed: 50000.0, lawsuit_case_no: '(2022)浙0602民初' + toString(1200 + claim[2]) + '号'}),
       (c:Case:Record {case_no: '(2022)浙0602民初' + toString(1200 + claim[2]) + '号', case_type: 'civil_first', cause: 'motor_accident', filed_on: date('2022-02-01') + duration({days: 30 * claim[2]}),
                       closed_on: date('2022-02-06') + duration({days: 30 * claim[2]}), closing_method: 'mediation', amount_claimed: 50000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (owner)-[:OWNER_IN]->(ic), (driver)-[:DRIVER_IN]->(ic), (ic)-[:LITIGATED_IN]->(c),
       (owner)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c), (insurer)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
MATCH (shop:Company {name: '绍兴兴业汽车维修有限公司'}), (insurer:Company {name: '某财产保险股份有限公司绍兴分公司'})
UNWIND range(1, 10) AS i
CREATE (p:Person:Entity {name: '客户' + toString(i)}),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA20223306010010' + toString(10 + i), insurer: '某财产保险股份有限公司绍兴分公司', accident_on: date('2022-01-01') + duration({days: 20 * i}),
                                  amount_claimed: 9000.0, lawsuit_case_no: '(2022)浙0602民初' + toString(1300 + i) + '号'}),
       (c:Case:Record {case_no: '(2022)浙0602民初' + toString(1300 + i) + '号', case_type: 'civil_first', cause: 'motor_accident', filed_on: date('2022-02-01') + duration({days: 20 * i}),
                       closed_on: date('2022-06-01') + duration({days: 20 * i}), closing_method: 'judgment', amount_claimed: 9000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (p)-[:OWNER_IN]->(ic), (p)-[:DRIVER_IN]->(ic), (ic)-[:LITIGATED_IN]->(c),
       (p)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c), (insurer)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
