// Honest look-alike: the shop's customers sue the insurer and the suits are decided after months.
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (insurer:Company:Entity {name: '某财产保险股份有限公司绍兴分公司', industry: '财产保险'});
MATCH (shop:Company {name: '绍兴兴业汽车维修有限公司'}), (insurer:Company {name: '某财产保险股份有限公司绍兴分公司'})
UNWIND range(1, 3) AS i
CREATE (p:Person:Entity {name: '原告' + toString(i)}),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA202233060100050' + toString(i), insurer: '某财产保险股份有限公司绍兴分公司', accident_on: date('2022-01-01') + duration({days: 30 * i}),
                                  amount_claimed: 9000.0, lawsuit_case_no: '(2022)浙0602民初' + toString(950 + i) + '号'}),
       (c:Case:Record {case_no: '(2022)浙0602民初' + toString(950 + i) + '号', case_type: 'civil_first', cause: 'motor_accident', filed_on: date('2022-02-01') + duration({days: 30 * i}),
                       closed_on: date('2022-05-04') + duration({days: 30 * i}), closing_method: 'judgment', amount_claimed: 9000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (p)-[:OWNER_IN]->(ic), (ic)-[:LITIGATED_IN]->(c),
       (p)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c), (insurer)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
