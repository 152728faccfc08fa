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
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)<-[:DRIVER_IN]-(p:Person)
MATCH (o)-[:OWNER_IN]->(ic)
WHERE o <> p AND NOT (p)-[:KIN_OF]-(o)
WITH shop, p, collect(DISTINCT o) AS owners, collect(DISTINCT ic) AS claims
WHERE size(owners) >= $min_owners
RETURN [p, shop] + owners AS entities,
       claims AS records,
       CASE WHEN size(owners) >= 3 THEN 0.8 ELSE 0.65 END AS weight,
       {driver: p.name, owners: size(owners), owner_names: [o IN owners | o.name], claims: size(claims), shop: shop.name} AS facts
