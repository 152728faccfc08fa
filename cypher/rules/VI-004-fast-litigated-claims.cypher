// id: VI-004
// title: A shop's insurance claims go to court and settle within days
// model: vehicle_insurance
// severity: medium
// signals: L4
// param: max_days = 7 -- days from filing to closing that count as settled at once
// param: min_cases = 3 -- fast-settled suits over the shop's claims
// param: min_share = 0.3 -- share of all the shop's litigated claims that settled that fast (routinely, not now and then)
// meaning: Insurance claims repaired at one shop are taken to court and closed by mediation or judicial confirmation
//   within days, repeatedly. A single quick settlement is ordinary; a shop whose claims routinely become suits
//   settled at once is using the court to make the insurer pay for staged damage.
// explain: {cases} of the {litigated} suits over claims repaired at {shop} were settled within {max_days} days of filing ({first_filed} to {last_filed}), {claimed} claimed
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)-[:LITIGATED_IN]->(c:Case)
WITH shop, ic, c, c.closing_method IN ['mediation', 'judicial_confirmation'] AND c.closed_on IS NOT NULL AND duration.inDays(c.filed_on, c.closed_on).days <= $max_days AS fast
WITH shop, count(DISTINCT c) AS litigated, collect(DISTINCT CASE WHEN fast THEN c END) AS cases, collect(DISTINCT CASE WHEN fast THEN ic END) AS claims
WHERE size(cases) >= $min_cases AND toFloat(size(cases)) / litigated >= $min_share
UNWIND cases AS c
WITH shop, litigated, cases, claims, min(c.filed_on) AS first_filed, max(c.filed_on) AS last_filed
UNWIND cases AS c
MATCH (p)-[r:PARTY_IN]->(c)
WHERE r.side = 'claimant' OR r.role = 'applicant'
WITH shop, litigated, cases, claims, first_filed, last_filed, collect(DISTINCT p) AS plaintiffs
RETURN [shop] + plaintiffs AS entities,
       cases + claims AS records,
       CASE WHEN size(cases) >= 2 * $min_cases THEN 0.85 ELSE 0.7 END AS weight,
       {cases: size(cases), litigated: litigated, shop: shop.name, max_days: $max_days, first_filed: first_filed, last_filed: last_filed,
        claimed: reduce(total = 0.0, x IN claims | total + coalesce(x.amount_claimed, 0))} AS facts
