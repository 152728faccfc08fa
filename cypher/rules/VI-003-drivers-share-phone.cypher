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
//   drivers, and with the shop's legal representative, who answers for what the shop does. They are named in one
//   hit even where the claims fall into groups that share no person or car: a crew whose people rotate roles (the
//   owner of one staged claim drives in the next) shows up as separate chains whenever only some of its claims
//   carry the number, and the number itself is what ties them. Two crews working through one shop are told apart
//   by the ring finder, from the crews' other hits, not here.
// explain: {drivers} drivers of {claims} claims repaired at {shop} gave phone {phone}{shop_phone}; named here: {named}
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)<-[:DRIVER_IN]-(p:Person)-[:HAS_PHONE]->(phone:Phone)
WITH shop, phone, collect(DISTINCT ic) AS claims, collect(DISTINCT p) AS drivers
WITH shop, phone, claims, drivers, EXISTS { (shop)-[:HAS_PHONE]->(phone) } AS shopPhone
WHERE size(claims) >= $min_claims AND (size(drivers) >= 2 OR shopPhone)
  AND size([(phone)<-[:HAS_PHONE]-(holder) | holder]) <= $max_holders
UNWIND claims AS ic
// A person written without an id, beside one of the same name with an id in another of the shop's claims, is that person again.
WITH shop, phone, claims, drivers, shopPhone, ic,
     [p IN [(x)-[:DRIVER_IN]->(ic) WHERE x IN drivers | x] + [(x)-[:OWNER_IN]->(ic) | x] + [(ic)-[:LITIGATED_IN]->(:Case)<-[r:PARTY_IN]-(x) WHERE r.side = 'claimant' | x] | CASE WHEN p.id_number IS NOT NULL OR NOT p:Person THEN p ELSE coalesce(head([(known:Person)-[:OWNER_IN|DRIVER_IN]->(:InsuranceClaim)<-[:REPAIRER_IN]-(shop) WHERE known.name = p.name AND known.id_number IS NOT NULL | known]), p) END] AS people
// A party written without an id beside one of the same name with an id in the same claim is that person again: named once.
WITH shop, phone, claims, drivers, shopPhone,
     collect([x IN people WHERE coalesce(x.id_number, x.uscc) IS NOT NULL OR NOT any(y IN people WHERE y.name = x.name AND coalesce(y.id_number, y.uscc) IS NOT NULL)]) AS perClaim
WITH shop, phone, claims, drivers, shopPhone, [(rep:Person)-[:LEGAL_REP_OF]->(shop) | rep] AS reps,
     reduce(acc = [], x IN reduce(flat = [], ps IN perClaim | flat + ps) | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) AS people
RETURN [shop] + reps + [x IN people WHERE NOT x IN reps] AS entities,
       claims AS records,
       CASE WHEN shopPhone THEN 0.85 ELSE 0.7 END AS weight,
       {drivers: size(drivers), claims: size(claims), shop: shop.name, phone: phone.number, shop_phone: CASE WHEN shopPhone THEN ", the shop's own number" ELSE '' END,
        named: toString(size(people)) + ' people of the claims' + CASE WHEN size(reps) > 0 THEN ' and the legal representative' ELSE '' END} AS facts
