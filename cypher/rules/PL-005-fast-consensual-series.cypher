// id: PL-005
// title: Repeated loan suits settled within days of filing
// model: private_lending
// severity: high
// signals: L4, L1
// param: causes = ['private_lending', 'loan_contract', 'debt_assignment', 'guarantee'] -- causes of the lending model
// param: max_days = 7 -- days from filing to closing that count as a fast closure (a common screen)
// param: min_cases = 3 -- fast consensual closures that make a series on their own
// param: near_days = 10 -- a closure within this many days still counts toward a short pair
// param: min_pair = 2 -- closures within near_days that are reported as corroboration only
// meaning: One claimant's loan suits keep ending by mediation or judicial confirmation within days of filing: "high
//   frequency, short cycle, low contest". A single quick settlement is ordinary; a series of them, with thin
//   evidence, is how a ring turns invented loans into enforceable titles. A small circle has only two or three
//   suits, so two closures within near_days are reported too, at a weight that cannot list a ring by itself: they
//   only count beside another, independent signal (shared contacts, kin, a favoured mediator, absent defendants).
// explain: {party} had {cases} loan cases closed by mediation or judicial confirmation within {near_days} days of filing, {fast} of them within {max_days} ({first_filed} to {last_filed}), against {counterparts} different parties
MATCH (a)-[ra:PARTY_IN]->(c:Case)
WHERE c.cause IN $causes
  AND ra.side = 'claimant'
  AND c.closing_method IN ['mediation', 'judicial_confirmation']
  AND c.closed_on IS NOT NULL
  AND duration.inDays(c.filed_on, c.closed_on).days <= $near_days
WITH a, collect(c) AS cases, min(c.filed_on) AS first_filed, max(c.filed_on) AS last_filed
WHERE size(cases) >= $min_pair
WITH a, cases, first_filed, last_filed, size([x IN cases WHERE duration.inDays(x.filed_on, x.closed_on).days <= $max_days]) AS fast
UNWIND cases AS c
MATCH (b)-[rb:PARTY_IN]->(c)
WHERE b <> a AND (rb.side = 'respondent' OR rb.role = 'applicant')
WITH a, cases, fast, first_filed, last_filed, collect(DISTINCT b) AS counterparts
RETURN [a] + counterparts AS entities,
       cases AS records,
       CASE WHEN fast >= 2 * $min_cases THEN 0.9 WHEN fast >= $min_cases THEN 0.7 ELSE 0.5 END AS weight,
       {party: a.name, cases: size(cases), fast: fast, max_days: $max_days, near_days: $near_days, first_filed: first_filed, last_filed: last_filed, counterparts: size(counterparts)} AS facts
