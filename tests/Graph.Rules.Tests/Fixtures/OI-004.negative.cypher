// Honest look-alike: two traders who buy from each other now and then, months apart.
CREATE (a:Company:Entity {name: '甲公司'}), (b:Company:Entity {name: '乙公司'}),
       (i1:Invoice:Record {invoice_no: '33000000000000000043', issued_on: date('2023-01-01'), goods_category: '成品油', quantity: 100.0, unit: '吨', amount: 760000.0}),
       (i2:Invoice:Record {invoice_no: '33000000000000000044', issued_on: date('2023-06-15'), goods_category: '化工产品', quantity: 10.0, unit: '吨', amount: 52000.0}),
       (a)-[:SELLER_IN]->(i1), (b)-[:BUYER_IN]->(i1),
       (b)-[:SELLER_IN]->(i2), (a)-[:BUYER_IN]->(i2);
