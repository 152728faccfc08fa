// id: OI-002
// title: Oil and feedstock sold between companies under one controller
// model: oil_invoice
// severity: medium
// signals: T2
// param: categories = ['成品油', '化工产品', '溶剂油', '芳烃', '沥青'] -- goods classifications of the oil model
// meaning: Seller and buyer of oil or feedstock invoices have the same legal representative or shareholder. Trade inside
//   a group is legal, but in the oil model it is how invoices are laundered: the controller's companies pass goods
//   (or only paper) between them to change their classification and spread the tax. Weighted by the volume.
// explain: {seller} sold {goods} to {buyer} in {invoices} invoices ({amount} yuan, {first} to {last}); both are controlled by {controller} ({roles})
MATCH (s:Company)-[:SELLER_IN]->(i:Invoice)<-[:BUYER_IN]-(b:Company)
WHERE s <> b AND i.goods_category IN $categories
MATCH (s)<-[r1:LEGAL_REP_OF|SHAREHOLDER_OF]-(p:Person)-[r2:LEGAL_REP_OF|SHAREHOLDER_OF]->(b)
WITH s, b, p, collect(DISTINCT i) AS invoices, collect(DISTINCT i.goods_category) AS goods,
     collect(DISTINCT type(r1)) + collect(DISTINCT type(r2)) AS roles, sum(i.amount) AS amount, min(i.issued_on) AS first, max(i.issued_on) AS last
RETURN [s, b, p] AS entities,
       invoices AS records,
       CASE WHEN size(invoices) >= 5 THEN 0.75 ELSE 0.6 END AS weight,
       {seller: s.name, buyer: b.name, goods: goods, invoices: size(invoices), amount: round(amount), first: first, last: last, controller: p.name,
        roles: reduce(text = '', r IN roles | text + CASE WHEN text = '' OR text CONTAINS r THEN '' ELSE ', ' END + CASE WHEN text CONTAINS r THEN '' ELSE r END)} AS facts
