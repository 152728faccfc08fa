// A lone bidder buys at a starting price of half the appraisal.
// expect-entities: 独买, 欠债人
CREATE (d:Person:Entity {name: '欠债人'}),
       (w:Person:Entity {name: '独买'}),
       (au:Auction:Record {auction_id: '600000000200', item: '浙D12345宝马小型轿车', item_kind: 'vehicle', appraisal_price: 300000.0, starting_price: 150000.0,
                           deal_price: 150000.0, round: '1', notice_on: date('2022-01-01'), starts_at: datetime('2022-01-20T10:00+08:00'), ends_at: datetime('2022-01-21T10:00+08:00'), status: 'sold'}),
       (b:Bid:Record {auction_id: '600000000200', amount: 150000.0, bid_at: datetime('2022-01-20T22:00+08:00'), winning: true}),
       (d)-[:OWNER_IN]->(au), (w)-[:PLACED]->(b), (b)-[:BID_ON]->(au);
