// The debtor's brother wins the auction of the debtor's flat.
// expect-entities: 罗兄, 罗弟
CREATE (d:Person:Entity {name: '罗兄'}),
       (w:Person:Entity {name: '罗弟'}),
       (other:Person:Entity {name: '路人'}),
       (au:Auction:Record {auction_id: '600000000100', item: '绍兴市越城区某小区2幢302室', item_kind: 'real_estate', appraisal_price: 2000000.0, starting_price: 1400000.0,
                           deal_price: 1410000.0, round: '1', notice_on: date('2022-01-01'), starts_at: datetime('2022-02-10T10:00+08:00'), ends_at: datetime('2022-02-11T10:00+08:00'), status: 'sold'}),
       (b1:Bid:Record {auction_id: '600000000100', amount: 1400000.0, bid_at: datetime('2022-02-10T15:00+08:00'), winning: false}),
       (b2:Bid:Record {auction_id: '600000000100', amount: 1410000.0, bid_at: datetime('2022-02-10T15:40+08:00'), winning: true}),
       (d)-[:OWNER_IN]->(au),
       (other)-[:PLACED]->(b1), (b1)-[:BID_ON]->(au),
       (w)-[:PLACED]->(b2), (b2)-[:BID_ON]->(au),
       (d)-[:KIN_OF {relation: 'sibling'}]->(w);
