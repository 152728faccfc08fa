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
WITH duration({days: $window_days}) AS window
MATCH (a:Company)-[:SELLER_IN]->(i1:Invoice)<-[:BUYER_IN]-(b:Company)-[:SELLER_IN]->(i2:Invoice)<-[:BUYER_IN]-(a)
WHERE i1.goods_category IN $categories
  AND a <> b
  AND i2.issued_on >= i1.issued_on
  AND i2.issued_on <= i1.issued_on + window
WITH a, b, i1, i2, EXISTS { (a)<-[:LEGAL_REP_OF|SHAREHOLDER_OF]-(:Person)-[:LEGAL_REP_OF|SHAREHOLDER_OF|KIN_OF*1..2]-(b) } AS linked
RETURN [a, b] AS entities,
       [i1, i2] AS records,
       CASE WHEN linked THEN 0.8 ELSE 0.55 END AS weight,
       {path: a.name + ' → ' + b.name + ' → ' + a.name, days: duration.inDays(i1.issued_on, i2.issued_on).days,
        invoices: i1.goods_category + ' / ' + i2.goods_category, amount: round(i1.amount + i2.amount)} AS facts
UNION
WITH duration({days: $window_days}) AS window
MATCH (a:Company)-[:SELLER_IN]->(i1:Invoice)<-[:BUYER_IN]-(b:Company)-[:SELLER_IN]->(i2:Invoice)<-[:BUYER_IN]-(c:Company)-[:SELLER_IN]->(i3:Invoice)<-[:BUYER_IN]-(a)
WHERE i1.goods_category IN $categories
  AND a <> b AND b <> c AND a <> c
  AND i2.issued_on >= i1.issued_on AND i2.issued_on <= i1.issued_on + window
  AND i3.issued_on >= i2.issued_on
  AND i3.issued_on <= i1.issued_on + window
WITH a, b, c, i1, i2, i3, EXISTS { (a)<-[:LEGAL_REP_OF|SHAREHOLDER_OF]-(:Person)-[:LEGAL_REP_OF|SHAREHOLDER_OF|KIN_OF*1..2]-(b) } AS linked
RETURN [a, b, c] AS entities,
       [i1, i2, i3] AS records,
       CASE WHEN linked THEN 0.8 ELSE 0.55 END AS weight,
       {path: a.name + ' → ' + b.name + ' → ' + c.name + ' → ' + a.name, days: duration.inDays(i1.issued_on, i3.issued_on).days,
        invoices: i1.goods_category + ' / ' + i2.goods_category + ' / ' + i3.goods_category, amount: round(i1.amount + i2.amount + i3.amount)} AS facts
