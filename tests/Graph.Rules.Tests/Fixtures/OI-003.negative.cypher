// Honest look-alike: brothers' companies trade packaged food.
CREATE (s:Company:Entity {name: '甲食品公司'}), (b:Company:Entity {name: '乙超市公司'}),
       (p1:Person:Entity {name: '哥哥'}), (p2:Person:Entity {name: '弟弟'}),
       (p1)-[:LEGAL_REP_OF]->(s), (p2)-[:LEGAL_REP_OF]->(b), (p1)-[:KIN_OF {relation: 'sibling'}]->(p2),
       (i:Invoice:Record {invoice_no: '33000000000000000032', issued_on: date('2022-05-01'), goods_category: '食品', quantity: 1000.0, unit: '箱', amount: 90000.0}),
       (s)-[:SELLER_IN]->(i), (b)-[:BUYER_IN]->(i);
