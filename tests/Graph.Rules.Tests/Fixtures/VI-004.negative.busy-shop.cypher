// Honest look-alike: a busy shop with ten suits decided after months and three one-off customers whose suits happened
// to be mediated within days; nobody comes back, so three fast settlements out of thirteen are no routine.
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (insurer:Company:Entity {name: '某财产保险股份有限公司绍兴分公司', industry: '财产保险'});
MATCH (shop:Company {name: '绍兴兴业汽车维修有限公司'}), (insurer:Company {name: '某财产保险股份有限公司绍兴分公司'})
UNWIND range(1, 13) AS i
CREATE (p:Person:Entity {name: '客户' + toString(i)}),
       (ic:InsuranceClaim:Record {claim_no: 'RDAA20223306010009' + toString(10 + i), insurer: '某财产保险股份有限公司绍兴分公司', accident_on: date('2022-01-01') + duration({days: 20 * i}),
                                  amount_claimed: 9000.0, lawsuit_case_no: '(2022)浙0602民初' + toString(1100 + i) + '号'}),
       (c:Case:Record {case_no: '(2022)浙0602民初' + toString(1100 + i) + '号', case_type: 'civil_first', cause: 'motor_accident', filed_on: date('2022-02-01') + duration({days: 20 * i}),
                       closed_on: CASE WHEN i <= 3 THEN date('2022-02-05') + duration({days: 20 * i}) ELSE date('2022-06-01') + duration({days: 20 * i}) END,
                       closing_method: CASE WHEN i <= 3 THEN 'mediation' ELSE 'judgment' END, amount_claimed: 9000.0}),
       (shop)-[:REPAIRER_IN]->(ic), (p)-[:OWNER_IN]->(ic), (p)-[:DRIVER_IN]->(ic), (ic)-[:LITIGATED_IN]->(c),
       (p)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(c), (insurer)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(c);
