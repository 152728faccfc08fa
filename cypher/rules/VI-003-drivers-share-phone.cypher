// id: VI-003
// title: Drivers of a shop's claims give the shop's phone or one another's
// model: vehicle_insurance
// severity: high
// signals: L2
// param: max_holders = 8 -- a phone held by more parties than this is a switchboard, not a link
// param: min_claims = 2 -- claims at the shop whose drivers gave the phone
// meaning: Drivers of different insurance claims repaired at the same shop gave the same phone number, or the shop's own
//   number. Unrelated motorists do not share a line with each other or with their repairer; a shop that files
//   the claims itself writes in the number it answers. The owners and plaintiffs of those claims are named with the
//   drivers. Where the number is the shop's own, they are named crew by crew (people who appear together in the claims
//   or share a car), so that two groups working through one shop stay apart; the shop's legal representative, who
//   answers for what the shop does, and the people of one-off claims go with the largest crew.
// explain: {drivers} drivers of {claims} claims repaired at {shop} gave phone {phone}{shop_phone}; named here: {named}
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)<-[:DRIVER_IN]-(p:Person)-[:HAS_PHONE]->(phone:Phone)
WITH shop, phone, collect(DISTINCT ic) AS claims, collect(DISTINCT p) AS drivers
WITH shop, phone, claims, drivers, EXISTS { (shop)-[:HAS_PHONE]->(phone) } AS shopPhone
WHERE size(claims) >= $min_claims AND (size(drivers) >= 2 OR shopPhone)
  AND size([(phone)<-[:HAS_PHONE]-(holder) | holder]) <= $max_holders
UNWIND claims AS ic
// A person written without an id, beside one of the same name with an id in another of the shop's claims, is that person again.
WITH shop, phone, claims, drivers, shopPhone, ic,
     [p IN [(x)-[:DRIVER_IN]->(ic) WHERE x IN drivers | x] + [(x)-[:OWNER_IN]->(ic) | x] + [(ic)-[:LITIGATED_IN]->(:Case)<-[r:PARTY_IN]-(x) WHERE r.side = 'claimant' | x] | CASE WHEN p.id_number IS NOT NULL OR NOT p:Person THEN p ELSE coalesce(head([(known:Person)-[:OWNER_IN|DRIVER_IN]->(:InsuranceClaim)<-[:REPAIRER_IN]-(shop) WHERE known.name = p.name AND known.id_number IS NOT NULL | known]), p) END] AS people,
     [(ic)-[:FOR_VEHICLE]->(car:Vehicle) | car] AS cars
WITH shop, phone, claims, drivers, shopPhone, collect({keys: CASE WHEN shopPhone THEN people + cars + reduce(acc = [], x IN people | acc + [(x)-[:OWNER_IN|DRIVER_IN]->(visit:InsuranceClaim)<-[:REPAIRER_IN]-(shop) | visit]) ELSE [phone] END, claims: [ic], people: [x IN people WHERE coalesce(x.id_number, x.uscc) IS NOT NULL OR NOT any(y IN people WHERE y.name = x.name AND coalesce(y.id_number, y.uscc) IS NOT NULL)]}) AS items
// A party written without an id beside one of the same name with an id in the same claim is that person again: named once.
// Crews: claims joined through a shared person or car, or through another claim at the shop of their people (or, for
// a number only the drivers share, that number).
WITH shop, phone, claims, drivers, shopPhone,
     reduce(crews = [], it IN items |
       [c IN crews WHERE NOT any(k IN it.keys WHERE k IN c.keys)]
       + [reduce(m = it, c IN [c IN crews WHERE any(k IN it.keys WHERE k IN c.keys)] | {keys: m.keys + c.keys, claims: m.claims + c.claims, people: m.people + c.people})]) AS crews
WITH shop, phone, claims, drivers, shopPhone, [(rep:Person)-[:LEGAL_REP_OF]->(shop) | rep] AS reps,
     [c IN crews | {claims: c.claims, people: reduce(acc = [], x IN c.people | CASE WHEN x IN acc THEN acc ELSE acc + [x] END)}] AS crews
WITH shop, phone, claims, drivers, shopPhone, reps, crews, reduce(big = 0, c IN crews | CASE WHEN size(c.claims) > big THEN size(c.claims) ELSE big END) AS biggest
WITH shop, phone, claims, drivers, shopPhone, crews, [c IN crews WHERE size(c.claims) = biggest][0] AS main,
     reps + [x IN reduce(acc = [], c IN crews | acc + CASE WHEN size(c.claims) = 1 AND size(crews) > 1 THEN c.people ELSE [] END) WHERE NOT x IN reps] AS strays
// The legal representative and the people of one-off claims go with the largest crew: named on their own beside the
// shop, they would be cut off as a ring of their own.
UNWIND [c IN crews WHERE c = main OR size(c.claims) > 1 | {entities: [shop] + CASE WHEN c = main THEN strays ELSE [] END + [x IN c.people WHERE NOT x IN strays], records: c.claims,
                      named: toString(size(c.people)) + ' people of ' + toString(size(c.claims)) + ' of the claims' + CASE WHEN c = main THEN ', the legal representative and the people of one-off claims' ELSE '' END}] AS row
RETURN row.entities AS entities,
       row.records AS records,
       CASE WHEN shopPhone THEN 0.85 ELSE 0.7 END AS weight,
       {drivers: size(drivers), claims: size(claims), shop: shop.name, phone: phone.number, shop_phone: CASE WHEN shopPhone THEN ", the shop's own number" ELSE '' END, named: row.named} AS facts
