// id: OI-004
// title: Invoices that go round in a circle within weeks
// model: oil_invoice
// severity: medium
// signals: T2
// param: window_days = 30 -- the whole circle must close within this many days
// param: categories = ['成品油', '化工产品', '溶剂油', '芳烃', '沥青'] -- goods classifications of the oil model; the circle starts with one of them
// meaning: Company A invoices oil or feedstock to B, and B (directly, or through C) invoices A back within weeks. Goods rarely travel in a
//   circle; invoices do, when they exist to create input tax or turnover rather than to move goods. Circles through
//   linked companies (shared controller or kin) weigh more.
// explain: {path} invoiced one another in a circle within {days} days ({invoices}), {amount} yuan in all

// Circles of two and of three companies share their first two invoices (A → B, then B → A or B → C), so both are
// found in one pass: reading the goods category of every invoice twice, once per circle length, was most of the cost.
WITH duration({days: $window_days}) AS window
MATCH (a:Company)-[:SELLER_IN]->(i1:Invoice)<-[:BUYER_IN]-(b:Company)-[:SELLER_IN]->(i2:Invoice)<-[:BUYER_IN]-(c:Company)
WHERE i1.goods_category IN $categories
  AND a <> b AND b <> c
  AND i2.issued_on >= i1.issued_on
  AND i2.issued_on <= i1.issued_on + window
OPTIONAL MATCH (c)-[:SELLER_IN]->(i3:Invoice)<-[:BUYER_IN]-(a)
WHERE c <> a
  AND i3.issued_on >= i2.issued_on
  AND i3.issued_on <= i1.issued_on + window
WITH a, b, c, i1, i2, i3
WHERE c = a OR i3 IS NOT NULL
WITH a, b, c, i1, i2, i3, EXISTS { (a)<-[:LEGAL_REP_OF|SHAREHOLDER_OF]-(:Person)-[:LEGAL_REP_OF|SHAREHOLDER_OF|KIN_OF*1..2]-(b) } AS linked
RETURN DISTINCT
       CASE WHEN i3 IS NULL THEN [a, b] ELSE [a, b, c] END AS entities,
       CASE WHEN i3 IS NULL THEN [i1, i2] ELSE [i1, i2, i3] END AS records,
       CASE WHEN linked THEN 0.8 ELSE 0.55 END AS weight,
       CASE WHEN i3 IS NULL
         THEN {path: a.name + ' → ' + b.name + ' → ' + a.name, days: duration.inDays(i1.issued_on, i2.issued_on).days,
               invoices: i1.goods_category + ' / ' + i2.goods_category, amount: round(i1.amount + i2.amount)}
         ELSE {path: a.name + ' → ' + b.name + ' → ' + c.name + ' → ' + a.name, days: duration.inDays(i1.issued_on, i3.issued_on).days,
               invoices: i1.goods_category + ' / ' + i2.goods_category + ' / ' + i3.goods_category, amount: round(i1.amount + i2.amount + i3.amount)}
       END AS facts
