// id: VI-004
// title: A shop's insurance claims go to court and settle within days
// model: vehicle_insurance
// severity: medium
// signals: L4
// param: max_days = 7 -- days from filing to closing that count as settled at once
// param: min_cases = 3 -- fast-settled suits over the shop's claims
// param: min_share = 0.3 -- share of all the shop's litigated claims that settled that fast (routinely, not now and then), unless min_cases of them are of people or cars that come back to the shop
// meaning: Insurance claims repaired at one shop are taken to court and closed by mediation or judicial confirmation
//   within days, repeatedly. A single quick settlement is ordinary; a shop whose claims routinely become suits
//   settled at once is using the court to make the insurer pay for staged damage. "Routinely" is a share of the shop's
//   suits, or, at a busy shop whose many honest suits dilute any share, a series of fast settlements over claims whose
//   people or cars keep coming back to the shop (the same crew, as in staged accidents). Named are the plaintiffs, owners
//   and drivers of the fast-settled claims who come back to the shop (in another of its claims, or with a car that
//   does), crew by crew (people who appear together in those claims or share a car) so that two groups working through
//   one shop stay apart; a one-off customer whose suit happened to settle fast is not (unless nobody comes back, when
//   all of them are named). The shop's legal representative, who answers for what the shop does, is named with the
//   largest crew.
// explain: {cases} of the {litigated} suits over claims repaired at {shop} were settled within {max_days} days of filing ({first_filed} to {last_filed}), {claimed} claimed; named here: {named}
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)-[:LITIGATED_IN]->(c:Case)
WITH shop, ic, c, c.closing_method IN ['mediation', 'judicial_confirmation'] AND c.closed_on IS NOT NULL AND duration.inDays(c.filed_on, c.closed_on).days <= $max_days AS fast
WITH shop, count(DISTINCT c) AS litigated, collect(DISTINCT CASE WHEN fast THEN c END) AS cases, collect(DISTINCT CASE WHEN fast THEN ic END) AS claims
WHERE size(cases) >= $min_cases
UNWIND claims AS ic
// A person written without an id, beside one of the same name with an id in another of the shop's claims, is that person again.
WITH shop, litigated, cases, claims, ic,
     [p IN [(x)-[:OWNER_IN|DRIVER_IN]->(ic) | x] + [(ic)-[:LITIGATED_IN]->(:Case)<-[r:PARTY_IN]-(x) WHERE r.side = 'claimant' | x] | CASE WHEN p.id_number IS NOT NULL OR NOT p:Person THEN p ELSE coalesce(head([(known:Person)-[:OWNER_IN|DRIVER_IN]->(:InsuranceClaim)<-[:REPAIRER_IN]-(shop) WHERE known.name = p.name AND known.id_number IS NOT NULL | known]), p) END] AS people,
     [(ic)-[:FOR_VEHICLE]->(car:Vehicle) | car] AS cars
WITH shop, litigated, cases, claims, ic, people, cars,
     [x IN people | [(x)-[:OWNER_IN|DRIVER_IN]->(visit:InsuranceClaim)<-[:REPAIRER_IN]-(shop) | visit]] AS visitLists
// A claim is one visit however many roles its person had in it (the owner driving his own car), and this claim is one
// of them even when the person was written without an id here.
WITH shop, litigated, cases, claims, ic, people, cars, reduce(acc = [], vs IN visitLists | acc + vs) AS visits,
     any(vs IN visitLists WHERE size(reduce(acc = [ic], v IN vs | CASE WHEN v IN acc THEN acc ELSE acc + [v] END)) >= 2)
     OR any(car IN cars WHERE size([(car)<-[:FOR_VEHICLE]-(again:InsuranceClaim)<-[:REPAIRER_IN]-(shop) | again]) >= 2) AS returns
WITH shop, litigated, cases, claims, collect({keys: people + cars + visits, claims: [ic], cases: [(ic)-[:LITIGATED_IN]->(k:Case) WHERE k IN cases | k], people: [x IN people WHERE coalesce(x.id_number, x.uscc) IS NOT NULL OR NOT any(y IN people WHERE y.name = x.name AND coalesce(y.id_number, y.uscc) IS NOT NULL)], returns: returns}) AS items
WHERE toFloat(size(cases)) / litigated >= $min_share OR size([it IN items WHERE it.returns]) >= $min_cases
// A party written without an id beside one of the same name with an id in the same claim is that person again: named once.
// Crews: claims joined through a shared person or car, or through another claim at the shop of their people; each
// claim merges every crew it touches.
WITH shop, litigated, cases, claims,
     reduce(crews = [], it IN items |
       [c IN crews WHERE NOT any(k IN it.keys WHERE k IN c.keys)]
       + [reduce(m = it, c IN [c IN crews WHERE any(k IN it.keys WHERE k IN c.keys)] | {keys: m.keys + c.keys, claims: m.claims + c.claims, cases: m.cases + c.cases, people: m.people + c.people, returns: m.returns OR c.returns})]) AS crews
WITH shop, litigated, cases, claims, [(rep:Person)-[:LEGAL_REP_OF]->(shop) | rep] AS reps,
     reduce(acc = [], c IN crews | acc + [x IN c.people WHERE NOT x IN acc]) AS everyone,
     [c IN crews WHERE size(c.claims) >= 2 OR c.returns | {claims: c.claims, cases: c.cases, people: reduce(acc = [], x IN c.people | CASE WHEN x IN acc THEN acc ELSE acc + [x] END)}] AS crews
WITH shop, litigated, cases, claims, reps, everyone, crews, reduce(big = 0, c IN crews | CASE WHEN size(c.claims) > big THEN size(c.claims) ELSE big END) AS biggest
WITH shop, litigated, cases, claims, reps, everyone, crews, [c IN crews WHERE size(c.claims) = biggest][0] AS main
UNWIND cases AS c
WITH shop, litigated, cases, claims, reps, everyone, crews, main, min(c.filed_on) AS first_filed, max(c.filed_on) AS last_filed
// The legal representative goes with the largest crew: named on his own beside the shop, he would be cut off alone.
UNWIND CASE WHEN size(crews) = 0 THEN [{entities: [shop] + reps + [x IN everyone WHERE NOT x IN reps], records: cases + claims, named: 'the shop, its legal representative and the people of all the fast-settled claims (none of them comes back)'}] ELSE [] END
       + [c IN crews | {entities: [shop] + CASE WHEN c = main THEN reps ELSE [] END + [x IN c.people WHERE NOT x IN reps],
                        records: c.cases + c.claims,
                        named: toString(size(c.people)) + ' people who appear together in ' + toString(size(c.claims)) + ' of the claims' + CASE WHEN c = main THEN ' and the legal representative' ELSE '' END}] AS row
RETURN row.entities AS entities,
       row.records AS records,
       CASE WHEN size(cases) >= 2 * $min_cases THEN 0.85 ELSE 0.7 END AS weight,
       {cases: size(cases), litigated: litigated, shop: shop.name, max_days: $max_days, first_filed: first_filed, last_filed: last_filed, named: row.named,
        claimed: reduce(total = 0.0, x IN claims | total + coalesce(x.amount_claimed, 0))} AS facts
