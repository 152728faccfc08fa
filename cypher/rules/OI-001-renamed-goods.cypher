// id: OI-001
// title: Fuel sold that was bought as chemicals (renamed goods)
// model: oil_invoice
// severity: high
// signals: T1
// param: fuel_categories = ['成品油'] -- tax classifications of refined oil, which bear the fuel consumption tax
// param: feedstock_categories = ['化工产品', '溶剂油', '芳烃', '沥青'] -- classifications bought instead, free of that tax
// param: unit = '吨' -- quantities are compared in this unit
// param: min_tonnes = 200 -- fuel sold beyond fuel bought, in the unit, before a seller is considered
// param: min_cover = 0.8 -- feedstock bought must cover at least this share of that fuel
// param: max_cover = 1.25 -- and at most this multiple of it (a chemicals dealer buys far more than it could rename)
// meaning: A company invoices refined oil (成品油) it never bought as refined oil, while buying about the same tonnage
//   under chemical classifications (化工产品, 溶剂油, 芳烃, 沥青) that carry no fuel consumption tax: the goods are
//   renamed between the purchase and the sales invoices (one seller to 70+ buyers, 39.29M yuan in a published case).
//   Dealers who sell chemicals as chemicals, or fuel bought as fuel, balance and do not match.
// explain: {seller} invoiced {sold} {unit} of refined oil to {buyers} buyers ({amount} yuan) but bought only {fuel_bought} {unit} as refined oil and {feedstock} {unit} as {feedstock_kinds}
MATCH (hub:Company)-[:SELLER_IN]->(out:Invoice)
WHERE out.goods_category IN $fuel_categories AND out.unit = $unit
WITH hub, collect(out) AS sales, sum(out.quantity) AS sold, sum(out.amount) AS amount
MATCH (hub)-[:BUYER_IN]->(inv:Invoice)
WHERE inv.unit = $unit AND (inv.goods_category IN $feedstock_categories OR inv.goods_category IN $fuel_categories)
WITH hub, sales, sold, amount,
     [i IN collect(inv) WHERE i.goods_category IN $feedstock_categories] AS feedstock,
     reduce(q = 0.0, i IN collect(inv) | q + CASE WHEN i.goods_category IN $fuel_categories THEN i.quantity ELSE 0.0 END) AS fuelBought
WITH hub, sales, sold, amount, feedstock, fuelBought, sold - fuelBought AS unexplained,
     reduce(q = 0.0, i IN feedstock | q + i.quantity) AS feedstockBought
WHERE unexplained >= $min_tonnes
  AND feedstockBought >= $min_cover * unexplained
  AND feedstockBought <= $max_cover * unexplained
UNWIND sales AS out
MATCH (buyer:Company)-[:BUYER_IN]->(out)
WITH hub, sales, sold, amount, feedstock, fuelBought, feedstockBought, collect(DISTINCT buyer) AS buyers
UNWIND feedstock AS inv
MATCH (supplier:Company)-[:SELLER_IN]->(inv)
WITH hub, sales, sold, amount, feedstock, fuelBought, feedstockBought, buyers, collect(DISTINCT supplier) AS suppliers, collect(DISTINCT inv.goods_category) AS kinds
RETURN [hub] + suppliers + buyers AS entities,
       feedstock + sales AS records,
       CASE WHEN fuelBought = 0 THEN 0.9 ELSE 0.75 END AS weight,
       {seller: hub.name, sold: round(sold), unit: $unit, buyers: size(buyers), amount: round(amount), fuel_bought: round(fuelBought), feedstock: round(feedstockBought), feedstock_kinds: kinds} AS facts
