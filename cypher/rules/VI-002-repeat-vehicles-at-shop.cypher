// id: VI-002
// title: The same cars crash again and again and are repaired at one shop
// model: vehicle_insurance
// severity: medium
// signals: I3
// param: min_claims_per_vehicle = 2 -- claims of one vehicle at the shop that make it a repeat vehicle
// param: min_vehicles = 2 -- repeat vehicles the shop needs
// meaning: Several vehicles each had repeated accidents, all repaired at the same shop, often with different insurers (9
//   cars, 16 accidents, 8 insurers in a published case). Fleets and taxis come back too, but to many shops; a shop
//   whose "customers" keep crashing is staging the damage. The owners, drivers and plaintiffs of those claims are named
//   crew by crew (people who appear together in the claims or share a car), so that two groups working through one
//   shop stay apart; the shop's legal representative, who answers for what the shop does, is named with the largest.
// explain: {shop} repaired {vehicles} vehicles with repeated accidents ({plates}): {claims} claims with {insurers} insurers, {claimed} claimed; named here: {named}
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)-[:FOR_VEHICLE]->(v:Vehicle)
WITH shop, v, collect(ic) AS claims
WHERE size(claims) >= $min_claims_per_vehicle
WITH shop, collect(v) AS vehicles, collect(v.plate) AS plates, reduce(all_claims = [], cs IN collect(claims) | all_claims + cs) AS claims
WHERE size(vehicles) >= $min_vehicles
UNWIND claims AS ic
// A person written without an id, beside one of the same name with an id in another of the shop's claims, is that person again.
WITH shop, vehicles, plates, claims, ic,
     [p IN [(x)-[:OWNER_IN|DRIVER_IN]->(ic) | x] + [(ic)-[:LITIGATED_IN]->(:Case)<-[r:PARTY_IN]-(x) WHERE r.side = 'claimant' | x] | CASE WHEN p.id_number IS NOT NULL OR NOT p:Person THEN p ELSE coalesce(head([(known:Person)-[:OWNER_IN|DRIVER_IN]->(:InsuranceClaim)<-[:REPAIRER_IN]-(shop) WHERE known.name = p.name AND known.id_number IS NOT NULL | known]), p) END] AS people,
     [(ic)-[:FOR_VEHICLE]->(car:Vehicle) | car] AS cars
WITH shop, vehicles, plates, claims, collect({keys: people + cars + reduce(acc = [], x IN people | acc + [(x)-[:OWNER_IN|DRIVER_IN]->(visit:InsuranceClaim)<-[:REPAIRER_IN]-(shop) | visit]), claims: [ic], people: [x IN people WHERE coalesce(x.id_number, x.uscc) IS NOT NULL OR NOT any(y IN people WHERE y.name = x.name AND coalesce(y.id_number, y.uscc) IS NOT NULL)]}) AS items
// A party written without an id beside one of the same name with an id in the same claim is that person again: named once.
// Crews: claims joined through a shared person or car, or through another claim at the shop of their people; each
// claim merges every crew it touches.
WITH shop, vehicles, plates, claims,
     reduce(crews = [], it IN items |
       [c IN crews WHERE NOT any(k IN it.keys WHERE k IN c.keys)]
       + [reduce(m = it, c IN [c IN crews WHERE any(k IN it.keys WHERE k IN c.keys)] | {keys: m.keys + c.keys, claims: m.claims + c.claims, people: m.people + c.people})]) AS crews
UNWIND crews AS c
WITH shop, vehicles, plates, claims, c.claims AS crewClaims, reduce(acc = [], p IN c.people | CASE WHEN p IN acc THEN acc ELSE acc + [p] END) AS crewPeople
WITH shop, vehicles, plates, claims, collect({claims: crewClaims, people: crewPeople}) AS crews, [(rep:Person)-[:LEGAL_REP_OF]->(shop) | rep] AS reps
WITH shop, vehicles, plates, claims, crews, reps, reduce(acc = [], c IN claims | CASE WHEN c.insurer IN acc THEN acc ELSE acc + [c.insurer] END) AS insurers,
     reduce(total = 0.0, c IN claims | total + coalesce(c.amount_claimed, 0)) AS claimed
WITH shop, vehicles, plates, claims, crews, reps, insurers, claimed, reduce(big = 0, c IN crews | CASE WHEN size(c.claims) > big THEN size(c.claims) ELSE big END) AS biggest
WITH shop, vehicles, plates, claims, crews, reps, insurers, claimed, [c IN crews WHERE size(c.claims) = biggest][0] AS main
// The legal representative goes with the largest crew: named on his own beside the shop, he would be cut off alone.
UNWIND [c IN crews | {entities: [shop] + CASE WHEN c = main THEN reps ELSE [] END + [p IN c.people WHERE NOT p IN reps], records: c.claims,
                      named: toString(size(c.people)) + ' people who appear together in ' + toString(size(c.claims)) + ' of the claims' + CASE WHEN c = main THEN ' and the legal representative' ELSE '' END}] AS row
RETURN row.entities AS entities,
       row.records AS records,
       CASE WHEN size(insurers) >= 3 THEN 0.8 ELSE 0.65 END AS weight,
       {shop: shop.name, vehicles: size(vehicles), plates: plates, claims: size(claims), insurers: size(insurers), claimed: claimed, named: row.named} AS facts
