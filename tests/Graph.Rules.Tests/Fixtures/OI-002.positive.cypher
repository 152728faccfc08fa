// One man is legal representative of the seller and majority shareholder of the buyer of 500 t of solvent.
// expect-entities: 甲石化公司, 乙贸易公司, 实控人
CREATE (s:Company:Entity {name: '甲石化公司'}), (b:Company:Entity {name: '乙贸易公司'}),
       (p:Person:Entity {name: '实控人'}),
       (p)-[:LEGAL_REP_OF]->(s), (p)-[:SHAREHOLDER_OF {share_pct: 60.0}]->(b),
       (i:Invoice:Record {invoice_no: '33000000000000000021', issued_on: date('2022-05-01'), goods_category: '溶剂油', quantity: 500.0, unit: '吨', amount: 2800000.0}),
       (s)-[:SELLER_IN]->(i), (b)-[:BUYER_IN]->(i);
