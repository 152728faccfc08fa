// Honest look-alike: bids through the day, and a couple in the closing minutes, as in any live auction.
CREATE (d:Person:Entity {name: '欠债人'}),
       (x:Person:Entity {name: '竞买人甲'}), (y:Person:Entity {name: '竞买人乙'}),
       (au:Auction:Record {auction_id: '600000000501', item: '绍兴市越城区某小区5幢101室住宅', item_kind: 'real_estate', appraisal_price: 1000000.0, starting_price: 750000.0,
                           deal_price: 800000.0, round: '1', notice_on: date('2022-01-01'), starts_at: datetime('2022-02-05T10:00+08:00'), ends_at: datetime('2022-02-06T10:05+08:00'), status: 'sold'}),
       (d)-[:OWNER_IN]->(au);
MATCH (au:Auction {auction_id: '600000000501'}), (x:Person {name: '竞买人甲'}), (y:Person {name: '竞买人乙'})
UNWIND range(0, 9) AS i
WITH au, CASE WHEN i % 2 = 0 THEN x ELSE y END AS bidder, i
CREATE (b:Bid:Record {auction_id: '600000000501', amount: 750000.0 + 5000 * i,
                      bid_at: CASE WHEN i < 8 THEN datetime('2022-02-05T11:00+08:00') + duration({hours: i}) ELSE datetime('2022-02-06T09:58+08:00') + duration({minutes: i - 8}) END,
                      winning: i = 9}),
       (bidder)-[:PLACED]->(b), (b)-[:BID_ON]->(au);
