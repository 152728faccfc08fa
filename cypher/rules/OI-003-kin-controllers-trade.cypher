// id: OI-003
// title: Oil and feedstock sold between companies whose bosses are kin
// model: oil_invoice
// severity: medium
// signals: L3, T2
// param: categories = ['成品油', '化工产品', '溶剂油', '芳烃', '沥青'] -- goods classifications of the oil model
// meaning: The legal representatives or shareholders of seller and buyer of oil or feedstock invoices are relatives.
//   Kin-controlled companies trading oil with each other are the family version of a controlled group, and the
//   easiest way to run renamed goods through an apparently independent buyer.
// explain: {seller} sold {goods} to {buyer} in {invoices} invoices ({amount} yuan); {seller_boss} of the seller and {buyer_boss} of the buyer are {relation}
MATCH (s:Company)-[:SELLER_IN]->(i:Invoice)<-[:BUYER_IN]-(b:Company)
WHERE s <> b AND i.goods_category IN $categories
MATCH (s)<-[:LEGAL_REP_OF|SHAREHOLDER_OF]-(p1:Person)-[kin:KIN_OF]-(p2:Person)-[:LEGAL_REP_OF|SHAREHOLDER_OF]->(b)
WHERE p1 <> p2
WITH s, b, p1, p2, collect(DISTINCT kin.relation) AS relations, collect(DISTINCT i) AS invoices, collect(DISTINCT i.goods_category) AS goods, sum(i.amount) AS amount
RETURN [s, b, p1, p2] AS entities,
       invoices AS records,
       CASE WHEN size(invoices) >= 5 THEN 0.7 ELSE 0.55 END AS weight,
       {seller: s.name, buyer: b.name, goods: goods, invoices: size(invoices), amount: round(amount), seller_boss: p1.name, buyer_boss: p2.name,
        relation: coalesce(head(relations), 'kin')} AS facts
