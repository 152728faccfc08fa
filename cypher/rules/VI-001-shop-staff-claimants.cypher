// id: VI-001
// title: Repair shop's own staff as owners or drivers of its claims
// model: vehicle_insurance
// severity: high
// signals: I1
// param: min_claims = 2 -- claims at the shop with its own people as owner or driver
// meaning: The owners or drivers of insurance claims repaired at a shop are its employees, officers or owners, again and
//   again, and often no assessor was sent. A shop that stages accidents needs people and cars it controls (13
//   plaintiffs behind 200+ judgments in a published case). Unassessed and litigated claims raise the weight.
// explain: {shop} repaired {claims} insured vehicles whose owner or driver works for or runs it ({people} people); {unassessed} had no assessor, {litigated} went to court, {claimed} claimed in all
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)<-[:OWNER_IN|DRIVER_IN]-(p:Person)
WHERE (p)-[:EMPLOYED_BY|OFFICER_OF|LEGAL_REP_OF|SHAREHOLDER_OF]->(shop)
WITH shop, collect(DISTINCT ic) AS claims, collect(DISTINCT p) AS people
WHERE size(claims) >= $min_claims
WITH shop, claims, people,
     size([c IN claims WHERE c.assessor IS NULL]) AS unassessed,
     size([c IN claims WHERE c.lawsuit_case_no IS NOT NULL]) AS litigated,
     reduce(total = 0.0, c IN claims | total + coalesce(c.amount_claimed, 0)) AS claimed
RETURN [shop] + people AS entities,
       claims AS records,
       0.6 + 0.2 * toFloat(unassessed) / size(claims) + 0.1 * toFloat(litigated) / size(claims) AS weight,
       {shop: shop.name, claims: size(claims), people: size(people), unassessed: unassessed, litigated: litigated, claimed: claimed} AS facts
