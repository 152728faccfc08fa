// id: VI-001
// title: Repair shop's own staff as owners, drivers or plaintiffs of its claims
// model: vehicle_insurance
// severity: high
// signals: I1
// param: min_claims = 2 -- claims at the shop with its own people as owner, driver or plaintiff
// param: min_unassessed_share = 0.5 -- share of those claims never assessed that marks the shop's staff as its pool of claimants
// param: max_roster = 20 -- employees a shop may have for all of them to be named
// meaning: The owners, drivers or plaintiffs of insurance claims repaired at a shop are its employees, officers or owners,
//   again and again, and often no assessor was sent. A shop that stages accidents needs people and cars it controls (13
//   plaintiffs behind 200+ judgments in a published case). Everyone in those claims is named, crew by crew (people who
//   appear together in the claims or share a car), so that two groups working through one shop stay apart. The shop's
//   legal representative, who answers for what the shop does, is named with the largest crew; so are its other
//   employees when most of those claims were never assessed: they are the pool the claimants come from. A large employer's roster is
//   left out, where staff repairing their own cars at work is ordinary. Unassessed and litigated claims raise the weight.
// explain: {shop} repaired {claims} insured vehicles whose owner, driver or plaintiff works for or runs it ({staff} people); {unassessed} had no assessor, {litigated} went to court, {claimed} claimed in all; named here: {named}
MATCH (shop:Company)-[:REPAIRER_IN]->(ic:InsuranceClaim)
WHERE EXISTS { (ic)<-[:OWNER_IN|DRIVER_IN]-(:Person)-[:EMPLOYED_BY|OFFICER_OF|LEGAL_REP_OF|SHAREHOLDER_OF]->(shop) }
   OR EXISTS { (ic)-[:LITIGATED_IN]->(:Case)<-[r:PARTY_IN]-(:Person)-[:EMPLOYED_BY|OFFICER_OF|LEGAL_REP_OF|SHAREHOLDER_OF]->(shop) WHERE r.side = 'claimant' }
// A person written without an id, beside one of the same name with an id in another of the shop's claims, is that person again.
WITH shop, ic,
     [p IN [(x)-[:OWNER_IN|DRIVER_IN]->(ic) | x] + [(ic)-[:LITIGATED_IN]->(:Case)<-[r:PARTY_IN]-(x) WHERE r.side = 'claimant' | x] | CASE WHEN p.id_number IS NOT NULL OR NOT p:Person THEN p ELSE coalesce(head([(known:Person)-[:OWNER_IN|DRIVER_IN]->(:InsuranceClaim)<-[:REPAIRER_IN]-(shop) WHERE known.name = p.name AND known.id_number IS NOT NULL | known]), p) END] AS people
WITH shop, ic, people, [x IN people WHERE (x)-[:EMPLOYED_BY|OFFICER_OF|LEGAL_REP_OF|SHAREHOLDER_OF]->(shop)] AS staff
WITH shop, ic, people, staff, [(ic)-[:FOR_VEHICLE]->(car:Vehicle) | car] AS cars
WITH shop, collect(ic) AS claims, collect(staff) AS staffLists, collect({keys: people + cars + reduce(acc = [], x IN people | acc + [(x)-[:OWNER_IN|DRIVER_IN]->(visit:InsuranceClaim)<-[:REPAIRER_IN]-(shop) | visit]), claims: [ic], people: [x IN people WHERE coalesce(x.id_number, x.uscc) IS NOT NULL OR NOT any(y IN people WHERE y.name = x.name AND coalesce(y.id_number, y.uscc) IS NOT NULL)]}) AS items
WHERE size(claims) >= $min_claims
// A party written without an id beside one of the same name with an id in the same claim is that person again: named once.
// Crews: claims joined through a shared person or car, or through another claim at the shop of their people; each
// claim merges every crew it touches.
WITH shop, claims, staffLists,
     reduce(crews = [], it IN items |
       [c IN crews WHERE NOT any(k IN it.keys WHERE k IN c.keys)]
       + [reduce(m = it, c IN [c IN crews WHERE any(k IN it.keys WHERE k IN c.keys)] | {keys: m.keys + c.keys, claims: m.claims + c.claims, people: m.people + c.people})]) AS crews
WITH shop, claims, crews,
     reduce(acc = [], xs IN staffLists | acc + [x IN xs WHERE NOT x IN acc]) AS staff,
     reduce(acc = [], c IN crews | acc + [x IN c.people WHERE NOT x IN acc]) AS people,
     [(rep:Person)-[:LEGAL_REP_OF]->(shop) | rep] AS reps,
     [(e:Person)-[:EMPLOYED_BY]->(shop) | e] AS roster
WITH shop, claims, crews, staff, people, reps, roster,
     size([c IN claims WHERE c.assessor IS NULL]) AS unassessed,
     size([c IN claims WHERE c.lawsuit_case_no IS NOT NULL]) AS litigated,
     reduce(total = 0.0, c IN claims | total + coalesce(c.amount_claimed, 0)) AS claimed
WITH shop, claims, crews, staff, reps, unassessed, litigated, claimed,
     CASE WHEN toFloat(unassessed) / size(claims) >= $min_unassessed_share AND size(roster) <= $max_roster
          THEN [e IN roster WHERE NOT e IN people AND NOT e IN reps] ELSE [] END AS pool
WITH shop, claims, staff, reps, unassessed, litigated, claimed, pool,
     [c IN crews | {claims: c.claims, people: reduce(acc = [], x IN c.people | CASE WHEN x IN acc OR x IN reps THEN acc ELSE acc + [x] END)}] AS crews
WITH shop, claims, staff, reps, unassessed, litigated, claimed, crews,
     reduce(big = 0, c IN crews | CASE WHEN size(c.claims) > big THEN size(c.claims) ELSE big END) AS biggest,
     pool + reduce(acc = [], c IN crews | acc + CASE WHEN size(c.claims) = 1 THEN c.people ELSE [] END) AS strays
WITH shop, claims, staff, unassessed, litigated, claimed, reps + [x IN strays WHERE NOT x IN reps] AS strays,
     [c IN crews WHERE size(c.claims) = biggest][0] AS main,
     [c IN crews WHERE size(c.claims) > 1 OR size(crews) = 1] AS crews
// The main (largest) crew takes the legal representative, the rest of the staff and the people of one-off claims: they
// belong to the shop rather than to one crew, and a group of them on its own would be cut off as a ring of its own.
UNWIND CASE WHEN size(crews) = 0 THEN [{entities: [shop] + strays, records: claims, named: 'the people of all the claims, the legal representative and the rest of the staff'}] ELSE [] END
       + [c IN crews | {entities: [shop] + c.people + CASE WHEN c = main THEN [x IN strays WHERE NOT x IN c.people] ELSE [] END, records: c.claims,
                        named: 'the people of ' + toString(size(c.claims)) + ' of the claims' + CASE WHEN c = main THEN ', the legal representative, the rest of the staff and the people of one-off claims' ELSE '' END}] AS row
RETURN row.entities AS entities,
       row.records AS records,
       0.6 + 0.2 * toFloat(unassessed) / size(claims) + 0.1 * toFloat(litigated) / size(claims) AS weight,
       {shop: shop.name, claims: size(claims), staff: size(staff), unassessed: unassessed, litigated: litigated, claimed: claimed, named: row.named} AS facts
