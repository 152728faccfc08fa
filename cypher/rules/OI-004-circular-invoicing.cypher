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

// Circles of two and of three companies share their first invoice (A → B) and close with an invoice back to A within
// the window, so both are found in one pass from A's purchases in that window: reading the goods category of every
// invoice once per circle length, and the date of everything B sold after each A → B invoice, was most of the cost.
// A's sales are gathered first so that each of A's purchases has its date read once, not once per sale.
MATCH (a:Company)-[:SELLER_IN]->(i1:Invoice)<-[:BUYER_IN]-(b:Company)
WHERE i1.goods_category IN $categories
  AND a <> b
WITH a, collect([i1, b, i1.issued_on]) AS sales
MATCH (a)-[:BUYER_IN]->(back:Invoice)
WITH a, sales, back, back.issued_on AS closed_on, duration({days: $window_days}) AS window
UNWIND sales AS sale
WITH a, sale[0] AS i1, sale[1] AS b, sale[2] AS opened_on, back, closed_on, window
WHERE closed_on >= opened_on
  AND closed_on <= opened_on + window
MATCH (back)<-[:SELLER_IN]-(c:Company)
WHERE c <> a
OPTIONAL MATCH (b)-[:SELLER_IN]->(i2:Invoice)<-[:BUYER_IN]-(c)
WHERE c <> b
  AND i2.issued_on >= i1.issued_on
  AND i2.issued_on <= back.issued_on
WITH a, b, c, i1, i2, back
WHERE c = b OR i2 IS NOT NULL
WITH a, b, c, i1, i2, back, EXISTS { (a)<-[:LEGAL_REP_OF|SHAREHOLDER_OF]-(:Person)-[:LEGAL_REP_OF|SHAREHOLDER_OF|KIN_OF*1..2]-(b) } AS linked
RETURN DISTINCT
       CASE WHEN c = b THEN [a, b] ELSE [a, b, c] END AS entities,
       CASE WHEN c = b THEN [i1, back] ELSE [i1, i2, back] END AS records,
       CASE WHEN linked THEN 0.8 ELSE 0.55 END AS weight,
       CASE WHEN c = b
         THEN {path: a.name + ' → ' + b.name + ' → ' + a.name, days: duration.inDays(i1.issued_on, back.issued_on).days,
               invoices: i1.goods_category + ' / ' + back.goods_category, amount: round(i1.amount + back.amount)}
         ELSE {path: a.name + ' → ' + b.name + ' → ' + c.name + ' → ' + a.name, days: duration.inDays(i1.issued_on, back.issued_on).days,
               invoices: i1.goods_category + ' / ' + i2.goods_category + ' / ' + back.goods_category, amount: round(i1.amount + i2.amount + back.amount)}
       END AS facts
