// Honest look-alike: a first round at 75% goes unsold and the second cuts the start by the allowed 20%.
CREATE (d:Person:Entity {name: '欠债人'}),
       (e:Case:Record {case_no: '(2021)浙0603执55号', case_type: 'enforcement', filed_on: date('2021-06-01')}),
       (a1:Auction:Record {auction_id: '600000000301', item: '绍兴市柯桥区某路1号商铺', item_kind: 'real_estate', appraisal_price: 1000000.0, starting_price: 750000.0,
                           round: '1', notice_on: date('2022-01-01'), starts_at: datetime('2022-02-10T10:00+08:00'), ends_at: datetime('2022-02-11T10:00+08:00'), status: 'unsold'}),
       (a2:Auction:Record {auction_id: '600000000302', item: '绍兴市柯桥区某路1号商铺', item_kind: 'real_estate', appraisal_price: 1000000.0, starting_price: 600000.0,
                           round: '2', notice_on: date('2022-03-01'), starts_at: datetime('2022-04-10T10:00+08:00'), ends_at: datetime('2022-04-11T10:00+08:00'), status: 'unsold'}),
       (d)-[:OWNER_IN]->(a1), (d)-[:OWNER_IN]->(a2),
       (a1)-[:ENFORCES]->(e), (a2)-[:ENFORCES]->(e);
