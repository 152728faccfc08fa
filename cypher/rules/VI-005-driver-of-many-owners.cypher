// id: VI-005
// title: One person drives other people's cars into accidents repaired at one shop
// model: vehicle_insurance
// severity: medium
// signals: I3, I1
// param: min_owners = 2 -- different owners whose cars the person was driving
// meaning: The same person was the driver in accidents of cars belonging to different owners (not the driver's kin), all
//   repaired at one shop. Most drivers drive their own or their family's car; a "driver" who keeps crashing other
//   people's cars at the same shop is part of the staging.
// explain: {driver} was driving {owners} other people's cars ({owner_names}) in {claims} claims repaired at {shop}
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)<-[:DRIVER_IN]-(written:Person)
MATCH (o)-[:OWNER_IN]->(ic)
// An owner of the driver's own name written without an id is the driver again, not another owner.
WHERE o <> written AND o.name <> written.name AND NOT (written)-[:KIN_OF]-(o)
// A person written without an id, beside one of the same name with an id in another of the shop's claims, is that person
// again: a driver's claims are gathered, and owners named, under the person with the id.
WITH shop, ic,
     [x IN [written, o] | CASE WHEN x.id_number IS NOT NULL OR NOT x:Person THEN x
                              ELSE coalesce(head([(known:Person)-[:OWNER_IN|DRIVER_IN]->(:InsuranceClaim)<-[:REPAIRER_IN]-(shop) WHERE known.name = x.name AND known.id_number IS NOT NULL | known]), x) END] AS pair
WITH shop, pair[0] AS p, collect(DISTINCT pair[1]) AS owners, collect(DISTINCT ic) AS claims
// Owners are counted by name: a claim written twice, or an owner written once with and once without an id, is one owner.
WITH shop, p, owners, claims, reduce(acc = [], o IN owners | CASE WHEN o.name IN acc THEN acc ELSE acc + [o.name] END) AS ownerNames
WHERE size(ownerNames) >= $min_owners
RETURN [p, shop] + owners AS entities,
       claims AS records,
       CASE WHEN size(ownerNames) >= 3 THEN 0.8 ELSE 0.65 END AS weight,
       {driver: p.name, owners: size(ownerNames), owner_names: ownerNames, claims: size(claims), shop: shop.name} AS facts
