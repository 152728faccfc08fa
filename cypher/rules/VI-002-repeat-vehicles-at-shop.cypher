// id: VI-002
// title: The same cars crash again and again and are repaired at one shop
// model: vehicle_insurance
// severity: medium
// signals: I3
// param: min_claims_per_vehicle = 2 -- claims of one vehicle at the shop that make it a repeat vehicle
// param: min_vehicles = 2 -- repeat vehicles the shop needs
// meaning: Several vehicles each had repeated accidents, all repaired at the same shop, often with different insurers (9
//   cars, 16 accidents, 8 insurers in a published case). Fleets and taxis come back too, but to many shops; a shop
//   whose "customers" keep crashing is staging the damage.
// explain: {shop} repaired {vehicles} vehicles with repeated accidents ({plates}): {claims} claims with {insurers} insurers, {claimed} claimed
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)-[:FOR_VEHICLE]->(v:Vehicle)
WITH shop, v, collect(ic) AS claims
WHERE size(claims) >= $min_claims_per_vehicle
WITH shop, collect(v) AS vehicles, collect(v.plate) AS plates, reduce(all_claims = [], cs IN collect(claims) | all_claims + cs) AS claims
WHERE size(vehicles) >= $min_vehicles
UNWIND claims AS ic
OPTIONAL MATCH (p)-[:OWNER_IN|DRIVER_IN]->(ic)
WITH shop, vehicles, plates, claims, collect(DISTINCT p) AS people, collect(DISTINCT ic.insurer) AS insurers,
     reduce(total = 0.0, c IN claims | total + coalesce(c.amount_claimed, 0)) AS claimed
RETURN [shop] + people AS entities,
       claims AS records,
       CASE WHEN size(insurers) >= 3 THEN 0.8 ELSE 0.65 END AS weight,
       {shop: shop.name, vehicles: size(vehicles), plates: plates, claims: size(claims), insurers: size(insurers), claimed: claimed} AS facts
