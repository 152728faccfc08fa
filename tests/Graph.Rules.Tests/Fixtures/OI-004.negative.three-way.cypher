// Honest look-alike: goods pass A -> B -> C and C later sells to A, but the last invoice comes two months after the
// first, as ordinary restocking does.
CREATE (a:Company:Entity {name: '甲公司'}), (b:Company:Entity {name: '乙公司'}), (c:Company:Entity {name: '丙公司'}),
       (i1:Invoice:Record {invoice_no: '33000000000000000048', issued_on: date('2023-03-01'), goods_category: '成品油', quantity: 100.0, unit: '吨', amount: 760000.0}),
       (i2:Invoice:Record {invoice_no: '33000000000000000049', issued_on: date('2023-03-09'), goods_category: '溶剂油', quantity: 90.0, unit: '吨', amount: 610000.0}),
       (i3:Invoice:Record {invoice_no: '33000000000000000050', issued_on: date('2023-05-02'), goods_category: '沥青', quantity: 120.0, unit: '吨', amount: 480000.0}),
       (a)-[:SELLER_IN]->(i1), (b)-[:BUYER_IN]->(i1),
       (b)-[:SELLER_IN]->(i2), (c)-[:BUYER_IN]->(i2),
       (c)-[:SELLER_IN]->(i3), (a)-[:BUYER_IN]->(i3);
