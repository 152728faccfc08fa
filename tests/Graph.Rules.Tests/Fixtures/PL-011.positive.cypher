// A debtor with three enforcement cases has his flat auctioned; weeks before, a friend sues him, settles in days and enforces.
// expect-entities: 邓超, 林峰
CREATE (d:Person:Entity {name: '邓超'}),
       (f:Person:Entity {name: '林峰'}),
       (au:Auction:Record {auction_id: '600000000777', item: '绍兴市越城区某小区1幢101室', item_kind: 'real_estate', appraisal_price: 1500000.0, starting_price: 1200000.0,
                           deal_price: 1350000.0, round: '1', notice_on: date('2022-05-01'), starts_at: datetime('2022-06-05T10:00+08:00'), ends_at: datetime('2022-06-06T10:00+08:00'), status: 'sold'}),
       (d)-[:OWNER_IN]->(au),
       (s:Case:Record {case_no: '(2022)浙0602民初880号', case_type: 'civil_first', cause: 'private_lending', filed_on: date('2022-05-10'), closed_on: date('2022-05-13'),
                       closing_method: 'mediation', amount_claimed: 90000.0, amount_awarded: 90000.0}),
       (e2:Case:Record {case_no: '(2022)浙0602执881号', case_type: 'enforcement', cause: 'private_lending', filed_on: date('2022-05-20')}),
       (f)-[:PARTY_IN {role: 'plaintiff', side: 'claimant'}]->(s),
       (d)-[:PARTY_IN {role: 'defendant', side: 'respondent'}]->(s),
       (f)-[:PARTY_IN {role: 'enforcement_applicant', side: 'claimant'}]->(e2),
       (d)-[:PARTY_IN {role: 'enforcement_respondent', side: 'respondent'}]->(e2);
MATCH (d:Person {name: '邓超'})
UNWIND range(1, 3) AS i
CREATE (creditor:Person:Entity {name: '债权人' + toString(i)}),
       (e:Case:Record {case_no: '(2021)浙0602执' + toString(i) + '号', case_type: 'enforcement', cause: 'loan_contract', filed_on: date('2021-01-01') + duration({days: 60 * i})}),
       (creditor)-[:PARTY_IN {role: 'enforcement_applicant', side: 'claimant'}]->(e),
       (d)-[:PARTY_IN {role: 'enforcement_respondent', side: 'respondent'}]->(e);
