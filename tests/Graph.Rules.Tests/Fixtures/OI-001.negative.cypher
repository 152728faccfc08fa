// Honest look-alikes: a chemicals dealer sells its solvent as solvent; a fuel dealer sells the diesel it bought as diesel.
CREATE (chem:Company:Entity {name: '绍兴某化工贸易有限公司'}),
       (fuel:Company:Entity {name: '绍兴某石油销售有限公司'}),
       (supplier:Company:Entity {name: '宁波某化工有限公司'}),
       (refinery:Company:Entity {name: '某炼化有限公司'}),
       (buyer:Company:Entity {name: '绍兴某印染有限公司'}),
       (in1:Invoice:Record {invoice_no: '33000000000000000011', issued_on: date('2022-03-01'), goods_category: '溶剂油', goods_name: '*溶剂油*120号溶剂油', quantity: 300.0, unit: '吨', amount: 1830000.0}),
       (out1:Invoice:Record {invoice_no: '33000000000000000012', issued_on: date('2022-03-10'), goods_category: '溶剂油', goods_name: '*溶剂油*120号溶剂油', quantity: 290.0, unit: '吨', amount: 1850000.0}),
       (in2:Invoice:Record {invoice_no: '33000000000000000013', issued_on: date('2022-03-01'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 400.0, unit: '吨', amount: 3000000.0}),
       (out2:Invoice:Record {invoice_no: '33000000000000000014', issued_on: date('2022-03-10'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 390.0, unit: '吨', amount: 3050000.0}),
       (in3:Invoice:Record {invoice_no: '33000000000000000015', issued_on: date('2022-03-02'), goods_category: '化工产品', goods_name: '*化工产品*甲苯', quantity: 20.0, unit: '吨', amount: 130000.0}),
       (supplier)-[:SELLER_IN]->(in1), (chem)-[:BUYER_IN]->(in1), (chem)-[:SELLER_IN]->(out1), (buyer)-[:BUYER_IN]->(out1),
       (refinery)-[:SELLER_IN]->(in2), (fuel)-[:BUYER_IN]->(in2), (fuel)-[:SELLER_IN]->(out2), (buyer)-[:BUYER_IN]->(out2),
       (supplier)-[:SELLER_IN]->(in3), (fuel)-[:BUYER_IN]->(in3);
