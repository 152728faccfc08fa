// A first auction starting at 55% of the appraisal.
// expect-entities: 欠债人
CREATE (d:Person:Entity {name: '欠债人'}),
       (au:Auction:Record {auction_id: '600000000300', item: '绍兴市柯桥区某路1号商铺', item_kind: 'real_estate', appraisal_price: 1000000.0, starting_price: 550000.0,
                           round: '1', notice_on: date('2022-01-01'), starts_at: datetime('2022-02-10T10:00+08:00'), ends_at: datetime('2022-02-11T10:00+08:00'), status: 'unsold'}),
       (d)-[:OWNER_IN]->(au);
