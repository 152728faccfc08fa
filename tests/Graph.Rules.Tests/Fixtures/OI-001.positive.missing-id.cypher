// The renaming trader sells to the same logistics firm twice; one invoice leaves out the buyer's USCC (a missing id
// in the export, which the loader keeps as a separate party of the same name). The firm is named once, with its id.
// expect-entities: 绍兴隆昌石油化工有限公司, 绍兴某物流有限公司, 绍兴某建设有限公司
CREATE (hub:Company:Entity {name: '绍兴隆昌石油化工有限公司', uscc: '91330602MA2BCDEF1X', industry: '石油制品批发'}),
       (supplier:Company:Entity {name: '宁波某化工有限公司', uscc: '91330203MA2BCDEF2X'}),
       (b1:Company:Entity {name: '绍兴某物流有限公司', uscc: '91330602MA2BCDEF3X'}), (b1again:Company:Entity {name: '绍兴某物流有限公司'}),
       (b2:Company:Entity {name: '绍兴某建设有限公司', uscc: '91330602MA2BCDEF4X'}),
       (in1:Invoice:Record {invoice_no: '33000000000000000011', issued_on: date('2022-03-01'), goods_category: '化工产品', goods_name: '*化工产品*混合芳烃', quantity: 300.0, unit: '吨', amount: 1560000.0}),
       (out1:Invoice:Record {invoice_no: '33000000000000000012', issued_on: date('2022-03-10'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 100.0, unit: '吨', amount: 760000.0}),
       (out2:Invoice:Record {invoice_no: '33000000000000000013', issued_on: date('2022-03-15'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 120.0, unit: '吨', amount: 912000.0}),
       (out3:Invoice:Record {invoice_no: '33000000000000000014', issued_on: date('2022-03-20'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 80.0, unit: '吨', amount: 608000.0}),
       (supplier)-[:SELLER_IN]->(in1), (hub)-[:BUYER_IN]->(in1),
       (hub)-[:SELLER_IN]->(out1), (b1)-[:BUYER_IN]->(out1),
       (hub)-[:SELLER_IN]->(out2), (b2)-[:BUYER_IN]->(out2),
       (hub)-[:SELLER_IN]->(out3), (b1again)-[:BUYER_IN]->(out3);
