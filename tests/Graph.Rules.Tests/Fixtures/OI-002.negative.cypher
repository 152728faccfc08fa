// Honest look-alike: a group's textile companies trade cloth between them (not the oil model's goods).
CREATE (s:Company:Entity {name: '甲纺织公司'}), (b:Company:Entity {name: '乙印染公司'}),
       (p:Person:Entity {name: '集团老板'}),
       (p)-[:LEGAL_REP_OF]->(s), (p)-[:LEGAL_REP_OF]->(b),
       (i:Invoice:Record {invoice_no: '33000000000000000022', issued_on: date('2022-05-01'), goods_category: '纺织产品', quantity: 20000.0, unit: '米', amount: 240000.0}),
       (s)-[:SELLER_IN]->(i), (b)-[:BUYER_IN]->(i);
