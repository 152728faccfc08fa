// The seller's boss and the buyer's boss are siblings; they trade diesel.
// expect-entities: 甲石化公司, 乙物流公司
CREATE (s:Company:Entity {name: '甲石化公司'}), (b:Company:Entity {name: '乙物流公司'}),
       (p1:Person:Entity {name: '哥哥'}), (p2:Person:Entity {name: '弟弟'}),
       (p1)-[:LEGAL_REP_OF]->(s), (p2)-[:LEGAL_REP_OF]->(b), (p1)-[:KIN_OF {relation: 'sibling'}]->(p2),
       (i:Invoice:Record {invoice_no: '33000000000000000031', issued_on: date('2022-05-01'), goods_category: '成品油', quantity: 100.0, unit: '吨', amount: 760000.0}),
       (s)-[:SELLER_IN]->(i), (b)-[:BUYER_IN]->(i);
