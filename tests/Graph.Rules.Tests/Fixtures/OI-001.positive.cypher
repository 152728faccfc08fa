// A trader buys 300 t of "mixed aromatics" and within two weeks invoices 300 t of diesel to two buyers; it never bought any fuel.
// expect-entities: 绍兴隆昌石油化工有限公司, 绍兴某物流有限公司, 绍兴某建设有限公司
CREATE (hub:Company:Entity {name: '绍兴隆昌石油化工有限公司', industry: '石油制品批发'}),
       (boss:Person:Entity {name: '隆昌法人'}),
       (supplier:Company:Entity {name: '宁波某化工有限公司'}),
       (b1:Company:Entity {name: '绍兴某物流有限公司'}), (b2:Company:Entity {name: '绍兴某建设有限公司'}),
       (in1:Invoice:Record {invoice_no: '33000000000000000001', issued_on: date('2022-03-01'), goods_category: '化工产品', goods_name: '*化工产品*混合芳烃', quantity: 300.0, unit: '吨', amount: 1560000.0}),
       (out1:Invoice:Record {invoice_no: '33000000000000000002', issued_on: date('2022-03-10'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 180.0, unit: '吨', amount: 1368000.0}),
       (out2:Invoice:Record {invoice_no: '33000000000000000003', issued_on: date('2022-03-15'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 120.0, unit: '吨', amount: 912000.0}),
       (boss)-[:LEGAL_REP_OF {since: date('2018-05-01')}]->(hub),
       (supplier)-[:SELLER_IN]->(in1), (hub)-[:BUYER_IN]->(in1),
       (hub)-[:SELLER_IN]->(out1), (b1)-[:BUYER_IN]->(out1),
       (hub)-[:SELLER_IN]->(out2), (b2)-[:BUYER_IN]->(out2);
