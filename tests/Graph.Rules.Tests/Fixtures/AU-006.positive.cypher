// Two "competing" bidders give the same phone number.
// expect-entities: 竞买人甲, 竞买人乙
CREATE (x:Person:Entity {name: '竞买人甲'}), (y:Person:Entity {name: '竞买人乙'}),
       (phone:Phone {number: '13700007777'}),
       (x)-[:HAS_PHONE]->(phone), (y)-[:HAS_PHONE]->(phone),
       (au:Auction:Record {auction_id: '600000000600', item: '绍兴市越城区某小区6幢101室住宅', item_kind: 'real_estate', appraisal_price: 1000000.0, starting_price: 750000.0,
                           deal_price: 760000.0, round: '1', starts_at: datetime('2022-02-05T10:00+08:00'), status: 'sold'}),
       (b1:Bid:Record {auction_id: '600000000600', amount: 750000.0, bid_at: datetime('2022-02-05T12:00+08:00'), winning: false}),
       (b2:Bid:Record {auction_id: '600000000600', amount: 760000.0, bid_at: datetime('2022-02-05T13:00+08:00'), winning: true}),
       (x)-[:PLACED]->(b1), (b1)-[:BID_ON]->(au), (y)-[:PLACED]->(b2), (b2)-[:BID_ON]->(au);
