// Honest look-alike: an unrelated buyer outbids another after a real contest.
CREATE (d:Person:Entity {name: '罗兄'}),
       (w:Person:Entity {name: '买家'}),
       (other:Person:Entity {name: '路人'}),
       (d)-[:HAS_PHONE]->(:Phone {number: '13900000001'}),
       (w)-[:HAS_PHONE]->(:Phone {number: '13900000002'}),
       (au:Auction:Record {auction_id: '600000000101', item: '绍兴市越城区某小区2幢302室', item_kind: 'real_estate', appraisal_price: 2000000.0, starting_price: 1400000.0,
                           deal_price: 1620000.0, round: '1', notice_on: date('2022-01-01'), starts_at: datetime('2022-02-10T10:00+08:00'), ends_at: datetime('2022-02-11T10:00+08:00'), status: 'sold'}),
       (b1:Bid:Record {auction_id: '600000000101', amount: 1600000.0, bid_at: datetime('2022-02-10T15:00+08:00'), winning: false}),
       (b2:Bid:Record {auction_id: '600000000101', amount: 1620000.0, bid_at: datetime('2022-02-10T15:40+08:00'), winning: true}),
       (d)-[:OWNER_IN]->(au),
       (other)-[:PLACED]->(b1), (b1)-[:BID_ON]->(au),
       (w)-[:PLACED]->(b2), (b2)-[:BID_ON]->(au);
