// id: OI-001
// title: Fuel sold that was bought as chemicals (renamed goods)
// model: oil_invoice
// severity: high
// signals: T1
// param: fuel_categories = ['成品油'] -- tax classifications of refined oil, which bear the fuel consumption tax
// param: feedstock_categories = ['化工产品', '溶剂油', '芳烃', '沥青'] -- classifications bought instead, free of that tax
// param: unit = '吨' -- quantities are compared in this unit
// param: min_tonnes = 200 -- fuel sold beyond fuel bought, and fuel sold out of renamed lots, in the unit, before a seller is considered
// param: window_days = 30 -- fuel invoiced up to this many days after a feedstock purchase (and before the next one) is sold out of that lot
// param: min_cover = 0.67 -- a lot is renamed when its feedstock covers at least this share of the fuel invoiced out of it
// param: max_cover = 1.5 -- and at most this multiple of it (fuel from stock, or chemicals sold on as chemicals, do not balance)
// param: min_explained = 0.5 -- renamed lots must account for at least this share of the fuel the seller never bought as fuel
// param: gap_days = 90 -- renamed lots less than this many days apart are one run of the scheme
// param: buyer_weight = 0.6 -- a buyer's own hit weighs this share of the seller's: renamed fuel can be bought in good faith
// meaning: A company invoices refined oil (成品油) it never bought as refined oil, lot by lot out of purchases of about the
//   same tonnage under chemical classifications (化工产品, 溶剂油, 芳烃, 沥青) that carry no fuel consumption tax: the goods
//   are renamed between the purchase and the sales invoices (one seller to 70+ buyers, 39.29M yuan in a published case).
//   A lot is a feedstock purchase and the fuel invoiced within the window after it and before the next purchase; lots
//   less than gap_days apart make a run. Each run gives a hit naming the seller and all the run's buyers, one per buyer
//   naming the seller and that buyer, one per lot naming the seller and that lot's supplier, and one naming the seller
//   and its legal representative at the time, who answers for its invoices. A trader's runs years apart, or its sales
//   as another seller's supplier, are separate evidence and do not tie those parties together. Dealers who sell
//   chemicals as chemicals, or fuel bought as fuel, balance over all time and do not match.
// explain: {seller} ({part}) bought {feedstock} {unit} of {feedstock_kinds} from {suppliers} and invoiced {sold} {unit} of refined oil out of it to {buyers} ({amount} yuan, {first} to {last}); over all time it sold {total_sold} {unit} of refined oil but bought only {fuel_bought} {unit} as refined oil
WITH duration({days: $window_days}) AS window, duration({days: $gap_days}) AS gap
MATCH (hub:Company)-[:SELLER_IN]->(out:Invoice)
WHERE out.goods_category IN $fuel_categories AND out.unit = $unit
WITH window, gap, hub, collect(out) AS sales, sum(out.quantity) AS sold
MATCH (hub)-[:BUYER_IN]->(inv:Invoice)
WHERE inv.unit = $unit AND (inv.goods_category IN $feedstock_categories OR inv.goods_category IN $fuel_categories)
WITH window, gap, hub, sales, sold,
     [i IN collect(inv) WHERE i.goods_category IN $feedstock_categories] AS feedstock,
     reduce(q = 0.0, i IN collect(inv) | q + CASE WHEN i.goods_category IN $fuel_categories THEN i.quantity ELSE 0.0 END) AS fuelBought
WHERE sold - fuelBought >= $min_tonnes AND size(feedstock) > 0
// Each sale belongs to the lot of the latest feedstock purchase before it (within the window); a lot is every purchase of that day.
UNWIND sales AS out
WITH window, gap, hub, sold, fuelBought, feedstock, out,
     [f IN feedstock WHERE f.issued_on <= out.issued_on AND out.issued_on <= f.issued_on + window | f.issued_on] AS lotDays
WHERE size(lotDays) > 0
WITH window, gap, hub, sold, fuelBought, feedstock, out,
     reduce(latest = head(lotDays), d IN lotDays | CASE WHEN d > latest THEN d ELSE latest END) AS lotDay
WITH window, gap, hub, sold, fuelBought, lotDay, [f IN feedstock WHERE f.issued_on = lotDay] AS lot, collect(out) AS lotSales
WITH window, gap, hub, sold, fuelBought, lotDay, lot, lotSales,
     reduce(q = 0.0, i IN lot | q + i.quantity) AS lotBought, reduce(q = 0.0, i IN lotSales | q + i.quantity) AS lotSold
WHERE lotBought >= $min_cover * lotSold AND lotBought <= $max_cover * lotSold
// A trading partner written without a USCC on one invoice, beside one of the same name with it on another of the
// seller's invoices, is that company again (a missing id): it is named once, as the company with the id.
UNWIND lotSales AS out
MATCH (written:Company)-[:BUYER_IN]->(out)
WITH window, gap, hub, sold, fuelBought, lotDay, lot, lotSales, lotSold, out,
     CASE WHEN written.uscc IS NOT NULL THEN written
          ELSE coalesce(head([(hub)-[:SELLER_IN]->(:Invoice)<-[:BUYER_IN]-(known:Company) WHERE known.name = written.name AND known.uscc IS NOT NULL | known]), written) END AS buyer
WITH window, gap, hub, sold, fuelBought, lotDay, lot, lotSales, lotSold, collect(DISTINCT buyer) AS buyers, collect({buyer: buyer, sale: out}) AS soldTo
UNWIND lot AS inv
MATCH (written:Company)-[:SELLER_IN]->(inv)
WITH window, gap, hub, sold, fuelBought, lotDay, lot, lotSales, lotSold, buyers, soldTo, inv,
     CASE WHEN written.uscc IS NOT NULL THEN written
          ELSE coalesce(head([(hub)-[:BUYER_IN]->(:Invoice)<-[:SELLER_IN]-(known:Company) WHERE known.name = written.name AND known.uscc IS NOT NULL | known]), written) END AS supplier
WITH window, gap, hub, sold, fuelBought, lotDay, lot, lotSales, lotSold, buyers, soldTo,
     collect(DISTINCT supplier) AS suppliers, collect(DISTINCT inv.goods_category) AS kinds
WITH window, gap, hub, sold, fuelBought,
     {day: lotDay, bought: lot, sales: lotSales, tonnes: lotSold, buyers: buyers, soldTo: soldTo, suppliers: suppliers, kinds: kinds} AS l
WITH window, gap, hub, sold, fuelBought, collect(l) AS lots, sum(l.tonnes) AS renamed
WHERE renamed >= $min_tonnes AND renamed >= $min_explained * (sold - fuelBought)
// A run starts at a lot with no other lot in the gap before it; each lot belongs to the latest run start on or before it.
WITH window, gap, hub, sold, fuelBought, lots, [l IN lots | l.day] AS days
WITH window, hub, sold, fuelBought, lots, [d IN days WHERE none(e IN days WHERE e < d AND e + gap >= d)] AS runStarts
UNWIND lots AS l
WITH window, hub, sold, fuelBought, l,
     reduce(since = null, d IN runStarts | CASE WHEN d <= l.day AND (since IS NULL OR d > since) THEN d ELSE since END) AS runStart
WITH window, hub, sold, fuelBought, runStart, collect(l) AS run
WITH window, hub, sold, fuelBought, run,
     CASE WHEN size(run) = 1 THEN 'lot of ' + toString(runStart) ELSE size(run) + ' lots from ' + toString(runStart) END AS runLabel
UNWIND [{label: runLabel, lots: run, side: 'buyers'}]
       + [l IN run | {label: 'supplier, lot of ' + toString(l.day), lots: [l], side: 'suppliers'}]
       + [{label: runLabel, lots: run, side: 'representative'}]
       + [b IN reduce(r = [], l IN run | r + [x IN l.buyers WHERE NOT x IN r]) | {label: 'buyer ' + b.name + ', ' + runLabel, lots: [l IN run WHERE b IN l.buyers], side: 'buyer', buyer: b}] AS part
WITH window, hub, sold, fuelBought, part.label AS label, part.lots AS lots, part.side AS side, part.buyer AS buyer,
     reduce(r = [], l IN part.lots | r + l.bought) AS bought,
     reduce(r = [], l IN part.lots | r + CASE WHEN part.buyer IS NULL THEN l.sales ELSE [x IN l.soldTo WHERE x.buyer = part.buyer | x.sale] END) AS sales
WITH window, hub, sold, fuelBought, label, lots, side, bought, sales,
     CASE WHEN buyer IS NULL THEN reduce(r = [], l IN lots | r + [b IN l.buyers WHERE NOT b IN r]) ELSE [buyer] END AS buyers,
     reduce(r = [], l IN lots | r + [s IN l.suppliers WHERE NOT s IN r]) AS suppliers,
     reduce(r = [], l IN lots | r + [k IN l.kinds WHERE NOT k IN r]) AS kinds,
     reduce(d = null, i IN sales | CASE WHEN d IS NULL OR i.issued_on < d THEN i.issued_on ELSE d END) AS firstSale,
     reduce(d = null, i IN sales | CASE WHEN d IS NULL OR i.issued_on > d THEN i.issued_on ELSE d END) AS lastSale
// The legal representative named is the one in office by the end of the run (a later one did not sign these invoices).
OPTIONAL MATCH (boss:Person)-[rep:LEGAL_REP_OF]->(hub)
WHERE side = 'representative' AND (rep.since IS NULL OR rep.since <= lastSale)
WITH hub, sold, fuelBought, label, side, bought, sales, buyers, suppliers, kinds, firstSale, lastSale, collect(boss) AS bosses
WHERE side <> 'representative' OR size(bosses) > 0
RETURN [hub] + CASE side WHEN 'suppliers' THEN suppliers WHEN 'representative' THEN bosses ELSE buyers END AS entities,
       CASE side WHEN 'suppliers' THEN bought ELSE bought + sales END AS records,
       CASE WHEN side = 'buyer' THEN $buyer_weight ELSE 1.0 END * CASE WHEN fuelBought = 0 THEN 0.9 ELSE 0.75 END AS weight,
       {seller: hub.name,
        part: CASE side WHEN 'representative' THEN 'legal representative ' + reduce(t = '', p IN bosses | t + CASE WHEN t = '' THEN '' ELSE ', ' END + p.name) + ', ' + label ELSE label END,
        feedstock: round(reduce(q = 0.0, i IN bought | q + i.quantity)), unit: $unit, feedstock_kinds: kinds, suppliers: [x IN suppliers | x.name],
        sold: round(reduce(q = 0.0, i IN sales | q + i.quantity)), buyers: [b IN buyers | b.name], amount: round(reduce(a = 0.0, i IN sales | a + i.amount)),
        first: firstSale, last: lastSale, total_sold: round(sold), fuel_bought: round(fuelBought)} AS facts
