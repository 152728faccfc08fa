// A trader renames two lots in spring 2019 (solvent, then aromatics, from one supplier) and, three years later, one lot of
// asphalt from another supplier; its legal representative changed in 2021. The 2019 run is one hit with both its buyers.
// expect-entities: 绍兴永兴石油化工有限公司, 绍兴甲物流有限公司, 绍兴乙建设有限公司
CREATE (hub:Company:Entity {name: '绍兴永兴石油化工有限公司'}),
       (rep1:Person:Entity {name: '前任法人'}), (rep2:Person:Entity {name: '现任法人'}),
       (s1:Company:Entity {name: '宁波甲化工有限公司'}), (s2:Company:Entity {name: '宁波乙化工有限公司'}),
       (a:Company:Entity {name: '绍兴甲物流有限公司'}), (b:Company:Entity {name: '绍兴乙建设有限公司'}), (c:Company:Entity {name: '绍兴丙餐饮有限公司'}),
       (rep1)-[:LEGAL_REP_OF {since: date('2015-01-01')}]->(hub), (rep2)-[:LEGAL_REP_OF {since: date('2021-06-01')}]->(hub),
       (in1:Invoice:Record {invoice_no: '33000000000000000101', issued_on: date('2019-03-01'), goods_category: '溶剂油', goods_name: '*溶剂油*6号溶剂油', quantity: 200.0, unit: '吨', amount: 1120000.0}),
       (out1:Invoice:Record {invoice_no: '33000000000000000102', issued_on: date('2019-03-08'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 120.0, unit: '吨', amount: 912000.0}),
       (out2:Invoice:Record {invoice_no: '33000000000000000103', issued_on: date('2019-03-20'), goods_category: '成品油', goods_name: '*成品油*92号汽油', quantity: 80.0, unit: '吨', amount: 712000.0}),
       (in2:Invoice:Record {invoice_no: '33000000000000000104', issued_on: date('2019-04-01'), goods_category: '芳烃', goods_name: '*芳烃*重芳烃', quantity: 150.0, unit: '吨', amount: 750000.0}),
       (out3:Invoice:Record {invoice_no: '33000000000000000105', issued_on: date('2019-04-10'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 150.0, unit: '吨', amount: 1140000.0}),
       (in3:Invoice:Record {invoice_no: '33000000000000000106', issued_on: date('2022-09-01'), goods_category: '沥青', goods_name: '*沥青*改性沥青', quantity: 250.0, unit: '吨', amount: 975000.0}),
       (out4:Invoice:Record {invoice_no: '33000000000000000107', issued_on: date('2022-09-12'), goods_category: '成品油', goods_name: '*成品油*0号柴油', quantity: 250.0, unit: '吨', amount: 1900000.0}),
       (s1)-[:SELLER_IN]->(in1), (hub)-[:BUYER_IN]->(in1), (s1)-[:SELLER_IN]->(in2), (hub)-[:BUYER_IN]->(in2),
       (s2)-[:SELLER_IN]->(in3), (hub)-[:BUYER_IN]->(in3),
       (hub)-[:SELLER_IN]->(out1), (a)-[:BUYER_IN]->(out1), (hub)-[:SELLER_IN]->(out2), (b)-[:BUYER_IN]->(out2),
       (hub)-[:SELLER_IN]->(out3), (b)-[:BUYER_IN]->(out3), (hub)-[:SELLER_IN]->(out4), (c)-[:BUYER_IN]->(out4);
