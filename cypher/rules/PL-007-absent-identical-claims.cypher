// id: PL-007
// title: Absent defendants, near-identical claims, plaintiff always wins
// model: private_lending
// severity: medium
// signals: L5
// param: causes = ['private_lending', 'loan_contract', 'debt_assignment'] -- causes of the lending model
// param: min_cases = 3 -- cases the plaintiff needs
// param: max_spread = 0.05 -- largest claim at most this fraction above the smallest
// meaning: One plaintiff won in full, again and again, against defendants who never appeared (or were served by public
//   notice), with claims of almost the same amount. Real lenders' claims vary with each loan; copies of one claim
//   against absent "borrowers" are a template, not a loan book.
// explain: {plaintiff} won {cases} cases in full against absent defendants, all claiming between {low} and {high}
MATCH (a)-[ra:PARTY_IN]->(c:Case)
WHERE c.cause IN $causes
  AND ra.role = 'plaintiff'
  AND (c.defendant_absent = true OR c.public_notice = true)
  AND c.amount_claimed > 0
  AND c.amount_awarded >= c.amount_claimed
WITH a, collect(c) AS cases, min(c.amount_claimed) AS low, max(c.amount_claimed) AS high
WHERE size(cases) >= $min_cases AND high <= low * (1 + $max_spread)
UNWIND cases AS c
MATCH (b)-[rb:PARTY_IN]->(c)
WHERE rb.side = 'respondent'
WITH a, cases, low, high, collect(DISTINCT b) AS defendants
RETURN [a] + defendants AS entities,
       cases AS records,
       CASE WHEN size(cases) >= 2 * $min_cases THEN 0.85 ELSE 0.7 END AS weight,
       {plaintiff: a.name, cases: size(cases), low: low, high: high} AS facts
