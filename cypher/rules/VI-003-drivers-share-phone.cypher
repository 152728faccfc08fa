// id: VI-003
// title: Drivers of a shop's claims give the shop's phone or one another's
// model: vehicle_insurance
// severity: high
// signals: L2
// param: max_holders = 8 -- a phone held by more parties than this is a switchboard, not a link
// param: min_claims = 2 -- claims at the shop whose drivers gave the phone
// meaning: Drivers of different insurance claims repaired at the same shop gave the same phone number, or the shop's own
//   number. Unrelated motorists do not share a line with each other or with their repairer; a shop that files
//   the claims itself writes in the number it answers.
// explain: {drivers} drivers of {claims} claims repaired at {shop} gave phone {phone}{shop_phone}
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)<-[:DRIVER_IN]-(p:Person)-[:HAS_PHONE]->(phone:Phone)
WITH shop, phone, collect(DISTINCT ic) AS claims, collect(DISTINCT p) AS drivers
WITH shop, phone, claims, drivers, EXISTS { (shop)-[:HAS_PHONE]->(phone) } AS shopPhone
WHERE size(claims) >= $min_claims AND (size(drivers) >= 2 OR shopPhone)
  AND size([(phone)<-[:HAS_PHONE]-(holder) | holder]) <= $max_holders
RETURN [shop] + drivers AS entities,
       claims AS records,
       CASE WHEN shopPhone THEN 0.85 ELSE 0.7 END AS weight,
       {drivers: size(drivers), claims: size(claims), shop: shop.name, phone: phone.number, shop_phone: CASE WHEN shopPhone THEN ", the shop's own number" ELSE '' END} AS facts
