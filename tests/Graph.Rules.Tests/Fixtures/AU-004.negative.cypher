// Honest look-alike: the flat announced 35 days ahead, a car 16 days ahead.
CREATE (d:Person:Entity {name: '欠债人'}),
       (a1:Auction:Record {auction_id: '600000000401', item: '绍兴市越城区某小区3幢501室住宅', item_kind: 'real_estate', appraisal_price: 1000000.0, starting_price: 750000.0,
                           round: '1', notice_on: date('2022-01-01'), starts_at: datetime('2022-02-05T10:00+08:00'), ends_at: datetime('2022-02-06T10:00+08:00'), status: 'unsold'}),
       (a2:Auction:Record {auction_id: '600000000402', item: '浙D54321大众小型轿车', item_kind: 'vehicle', appraisal_price: 100000.0, starting_price: 75000.0,
                           round: '1', notice_on: date('2022-01-01'), starts_at: datetime('2022-01-17T10:00+08:00'), ends_at: datetime('2022-01-18T10:00+08:00'), status: 'unsold'}),
       (d)-[:OWNER_IN]->(a1), (d)-[:OWNER_IN]->(a2);
