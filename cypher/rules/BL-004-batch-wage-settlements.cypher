// id: BL-004
// title: Batch of wage settlements against a company shortly before its bankruptcy
// model: bankruptcy_labor
// severity: high
// signals: B3, B1
// param: lookback_days = 730 -- days before acceptance searched
// param: window_days = 15 -- length of a batch in days
// param: min_batch = 5 -- settlements within one window that make a batch
// meaning: Wage arbitrations or labour suits against the company were settled by mediation in a burst (14 awards in 15
//   days; batches of about 20 in a published case) before its bankruptcy was accepted. Real arrears come in as
//   workers give up waiting, spread over months; a burst of agreed settlements is prepared paperwork.
//   The company's legal representative, who answers for what the company admitted, is named with them.
// explain: {settlements} wage settlements against {debtor} were filed between {first_filed} and {last_filed}, {days_before} days before bankruptcy {bankruptcy} was accepted ({claimants} claimants, {total} in all)
MATCH (d:Company)-[:DEBTOR_IN]->(b:Bankruptcy)
WITH d, b,
     [(d)-[:RESPONDENT_IN]->(aw:Award) WHERE aw.outcome = 'mediation' AND aw.filed_on <= b.accepted_on AND aw.filed_on >= b.accepted_on - duration({days: $lookback_days}) | aw]
     + [(d)-[r:PARTY_IN]->(c:Case) WHERE r.side = 'respondent' AND c.cause = 'labor' AND c.closing_method = 'mediation' AND c.filed_on <= b.accepted_on AND c.filed_on >= b.accepted_on - duration({days: $lookback_days}) | c] AS settled
WHERE size(settled) >= $min_batch
UNWIND settled AS opening
WITH d, b, opening, [x IN settled WHERE x.filed_on >= opening.filed_on AND x.filed_on <= opening.filed_on + duration({days: $window_days})] AS batch
WHERE size(batch) >= $min_batch
WITH d, b, batch
ORDER BY size(batch) DESC
WITH d, b, head(collect(batch)) AS batch
UNWIND batch AS settlement
MATCH (w:Person)-[link:APPLICANT_IN|PARTY_IN]->(settlement)
WHERE type(link) = 'APPLICANT_IN' OR link.side = 'claimant'
WITH d, b, batch, collect(DISTINCT w) AS claimants, min(settlement.filed_on) AS first_filed, max(settlement.filed_on) AS last_filed
WITH d, b, batch, claimants, first_filed, last_filed, [(rep:Person)-[:LEGAL_REP_OF]->(d) | rep] AS reps
RETURN [d] + [x IN reps WHERE NOT x IN claimants] + claimants AS entities,
       [b] + batch AS records,
       CASE WHEN size(batch) >= 2 * $min_batch THEN 0.9 ELSE 0.75 END AS weight,
       {settlements: size(batch), debtor: d.name, first_filed: first_filed, last_filed: last_filed, days_before: duration.inDays(last_filed, b.accepted_on).days, bankruptcy: b.bankruptcy_no,
        claimants: size(claimants), total: reduce(acc = 0.0, x IN batch | acc + coalesce(x.amount, x.amount_awarded, x.amount_claimed, 0))} AS facts
