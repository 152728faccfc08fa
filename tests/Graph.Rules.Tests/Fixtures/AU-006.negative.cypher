// Honest look-alike: two unrelated bidders, each with their own phone and home.
CREATE (x:Person:Entity {name: '竞买人甲'}), (y:Person:Entity {name: '竞买人乙'}),
       (x)-[:HAS_PHONE]->(:Phone {number: '13700007777'}), (y)-[:HAS_PHONE]->(:Phone {number: '13700008888'}),
       (x)-[:HAS_ADDRESS]->(:Address {text: '绍兴市越城区甲小区1幢'}), (y)-[:HAS_ADDRESS]->(:Address {text: '绍兴市柯桥区乙小区2幢'}),
       (au:Auction:Record {auction_id: '600000000601', item: '绍兴市越城区某小区6幢101室住宅', item_kind: 'real_estate', appraisal_price: 1000000.0, starting_price: 750000.0,
                           deal_price: 790000.0, round: '1', starts_at: datetime('2022-02-05T10:00+08:00'), status: 'sold'}),
       (b1:Bid:Record {auction_id: '600000000601', amount: 780000.0, bid_at: datetime('2022-02-05T12:00+08:00'), winning: false}),
       (b2:Bid:Record {auction_id: '600000000601', amount: 790000.0, bid_at: datetime('2022-02-05T13:00+08:00'), winning: true}),
       (x)-[:PLACED]->(b1), (b1)-[:BID_ON]->(au), (y)-[:PLACED]->(b2), (b2)-[:BID_ON]->(au);
