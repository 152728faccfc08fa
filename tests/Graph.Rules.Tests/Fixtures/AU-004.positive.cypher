// A flat auctioned ten days after the announcement.
// expect-entities: 欠债人
CREATE (d:Person:Entity {name: '欠债人'}),
       (au:Auction:Record {auction_id: '600000000400', item: '绍兴市越城区某小区3幢501室住宅', item_kind: 'real_estate', appraisal_price: 1000000.0, starting_price: 750000.0,
                           round: '1', notice_on: date('2022-01-01'), starts_at: datetime('2022-01-11T10:00+08:00'), ends_at: datetime('2022-01-12T10:00+08:00'), status: 'unsold'}),
       (d)-[:OWNER_IN]->(au);
