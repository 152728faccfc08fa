// A invoices diesel to B, B invoices solvent to C, and C invoices asphalt back to A, all within three weeks; no two of
// them ever invoice each other back.
// expect-entities: 甲公司, 乙公司, 丙公司
CREATE (a:Company:Entity {name: '甲公司'}), (b:Company:Entity {name: '乙公司'}), (c:Company:Entity {name: '丙公司'}),
       (i1:Invoice:Record {invoice_no: '33000000000000000045', issued_on: date('2023-03-01'), goods_category: '成品油', quantity: 100.0, unit: '吨', amount: 760000.0}),
       (i2:Invoice:Record {invoice_no: '33000000000000000046', issued_on: date('2023-03-09'), goods_category: '溶剂油', quantity: 90.0, unit: '吨', amount: 610000.0}),
       (i3:Invoice:Record {invoice_no: '33000000000000000047', issued_on: date('2023-03-20'), goods_category: '沥青', quantity: 120.0, unit: '吨', amount: 480000.0}),
       (a)-[:SELLER_IN]->(i1), (b)-[:BUYER_IN]->(i1),
       (b)-[:SELLER_IN]->(i2), (c)-[:BUYER_IN]->(i2),
       (c)-[:SELLER_IN]->(i3), (a)-[:BUYER_IN]->(i3);
