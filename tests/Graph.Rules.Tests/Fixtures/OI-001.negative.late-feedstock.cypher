// Tonnage alone is not renaming: a trader sold 300 t of diesel in March and bought 300 t of asphalt in July. Over the
// whole year the tonnages match, but no fuel left the company within weeks after the feedstock came in.
CREATE (trader:Company:Entity {name: '绍兴某能源有限公司'}),
       (supplier:Company:Entity {name: '宁波某沥青有限公司'}),
       (buyer:Company:Entity {name: '绍兴某运输有限公司'}),
       (out1:Invoice:Record {invoice_no: '33000000000000000021', issued_on: date('2022-03-10'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 300.0, unit: '吨', amount: 2280000.0}),
       (in1:Invoice:Record {invoice_no: '33000000000000000022', issued_on: date('2022-07-01'), goods_category: '沥青', goods_name: '*沥青*道路石油沥青', quantity: 300.0, unit: '吨', amount: 1110000.0}),
       (trader)-[:SELLER_IN]->(out1), (buyer)-[:BUYER_IN]->(out1),
       (supplier)-[:SELLER_IN]->(in1), (trader)-[:BUYER_IN]->(in1);
