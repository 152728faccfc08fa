// Two accounts push the price in the extension period with a dozen bids each; the winner defaults.
// expect-entities: 托一, 托二
CREATE (d:Person:Entity {name: '欠债人'}),
       (s1:Person:Entity {name: '托一'}), (s2:Person:Entity {name: '托二'}),
       (au:Auction:Record {auction_id: '600000000500', item: '绍兴市越城区某小区5幢101室住宅', item_kind: 'real_estate', appraisal_price: 1000000.0, starting_price: 750000.0,
                           deal_price: 870000.0, round: '1', notice_on: date('2022-01-01'), starts_at: datetime('2022-02-05T10:00+08:00'), ends_at: datetime('2022-02-06T12:00+08:00'), status: 'defaulted'}),
       (d)-[:OWNER_IN]->(au);
MATCH (au:Auction {auction_id: '600000000500'}), (s1:Person {name: '托一'}), (s2:Person {name: '托二'})
UNWIND range(0, 23) AS i
WITH au, CASE WHEN i % 2 = 0 THEN s1 ELSE s2 END AS bidder, i
CREATE (b:Bid:Record {auction_id: '600000000500', amount: 750000.0 + 5000 * i, bid_at: datetime('2022-02-06T09:58+08:00') + duration({minutes: 4 * i}), winning: i = 23}),
       (bidder)-[:PLACED]->(b), (b)-[:BID_ON]->(au);
