// Honest look-alike: a trader with fifty staff invoices the same sales.
CREATE (s:Company:Entity {name: '正常贸易公司', employees: 50, established_on: date('2008-09-01')}),
       (b1:Company:Entity {name: '买方甲'}), (b2:Company:Entity {name: '买方乙'}),
       (i1:Invoice:Record {invoice_no: '33000000000000000053', issued_on: date('2022-01-10'), goods_category: '成品油', quantity: 150.0, unit: '吨', amount: 1200000.0}),
       (i2:Invoice:Record {invoice_no: '33000000000000000054', issued_on: date('2022-02-10'), goods_category: '成品油', quantity: 150.0, unit: '吨', amount: 1200000.0}),
       (s)-[:SELLER_IN]->(i1), (b1)-[:BUYER_IN]->(i1), (s)-[:SELLER_IN]->(i2), (b2)-[:BUYER_IN]->(i2);
