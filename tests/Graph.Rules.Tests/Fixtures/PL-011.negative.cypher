// Honest look-alike: the same much-pursued debtor and auction, but the loan suit is an old, contested one that never jumped the queue.
CREATE (d:Person:Entity {name: '邓超'}),
       (f:Person:Entity {name: '林峰'}),
       (au:Auction:Record {auction_id: '600000000777', item: '绍兴市越城区某小区1幢101室', item_kind: 'real_estate', appraisal_price: 1500000.0, starting_price: 1200000.0,
                           deal_price: 1350000.0, round: '1', notice_on: date('2022-05-01'), starts_at: datetime('2022-06-05T10:00+08:00'), ends_at: datetime('2022-06-06T10:00+08:00'), status: 'sold'}),
       (d)-[:OWNER_IN]->(au),
       (s:Case:Record {case_no: '(2020)浙0602民初880号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2020-02-10'), closed_on: date('2020-08-13'),
                       closing_method: 'judgment', amount_claimed: 90000.0, amount_awarded: 60000.0}),
       (f)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(s),
       (d)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(s);
MATCH (d:Person {name: '邓超'})
UNWIND range(1, 3) AS i
CREATE (creditor:Person:Entity {name: '债权人' + toString(i)}),
       (e:Case:Record {case_no: '(2021)浙0602执' + toString(i) + '号', case_type: 'enforcement', cause: 'loan_contract', filed_on: date('2021-01-01') + duration({days: 60 * i})}),
       (creditor)-[:PARTY_IN {role: 'enforcement_applicant', side: 'claimant'}]->(e),
       (d)-[:PARTY_IN {role: 'enforcement_respondent', side: 'respondent'}]->(e);
