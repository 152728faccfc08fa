// A invoices diesel to B; two weeks later B invoices "chemicals" back to A.
// expect-entities: 甲公司, 乙公司
CREATE (a:Company:Entity {name: '甲公司'}), (b:Company:Entity {name: '乙公司'}),
       (i1:Invoice:Record {invoice_no: '33000000000000000041', issued_on: date('2023-01-01'), goods_category: '成品油', quantity: 100.0, unit: '吨', amount: 760000.0}),
       (i2:Invoice:Record {invoice_no: '33000000000000000042', issued_on: date('2023-01-15'), goods_category: '化工产品', quantity: 100.0, unit: '吨', amount: 520000.0}),
       (a)-[:SELLER_IN]->(i1), (b)-[:BUYER_IN]->(i1),
       (b)-[:SELLER_IN]->(i2), (a)-[:BUYER_IN]->(i2);
