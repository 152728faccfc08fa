// id: PL-013
// title: Lending claims far beyond the plaintiff's means
// model: private_lending
// severity: medium
// signals: L9
// param: causes = ['private_lending'] -- causes counted
// param: min_total = 5000000 -- total claimed (yuan) that is beyond an individual's or a small firm's means; set per office
// param: min_cases = 2 -- suits the total is spread over
// param: max_employees = 10 -- a company with at most this headcount counts as small; a larger one's means grow with its headcount (min_total per this many staff)
// param: licensed_industries = ['货币金融服务', '资本市场服务', '保险业', '财产保险', '其他金融业'] -- banks and licensed lenders, whose large claims are ordinary
// meaning: A private person (or a company with a handful of staff) claims millions in loans it says it made to
//   several borrowers. Amounts far beyond the claimant's evident means suggest invented loans, typically to grab
//   assets ahead of real creditors. A larger company's means are measured by its registered headcount: a firm of
//   thirty that lends out tens of millions is as far beyond them as a person lending millions. The threshold is set
//   per office: incomes differ between regions.
// explain: {plaintiff} ({kind}) claimed {total} in {cases} lending suits ({first_filed} to {last_filed}), largest {largest}
MATCH (a)-[ra:PARTY_IN]->(c:Case)
WHERE c.cause IN $causes
  AND ra.side = 'claimant'
  AND c.case_type IN ['civil_first', 'special']
  AND NOT coalesce(a.industry, '') IN $licensed_industries
WITH a, collect(DISTINCT c) AS cases, sum(c.amount_claimed) AS total, max(c.amount_claimed) AS largest, min(c.filed_on) AS first_filed, max(c.filed_on) AS last_filed
WITH a, cases, total, largest, first_filed, last_filed,
     CASE WHEN a:Person OR coalesce(a.employees, 0) <= $max_employees THEN 1.0 ELSE toFloat(a.employees) / $max_employees END AS means
WHERE total >= $min_total * means AND size(cases) >= $min_cases
UNWIND cases AS c
MATCH (b)-[rb:PARTY_IN]->(c)
WHERE b <> a
WITH a, cases, total, largest, first_filed, last_filed, means, collect(DISTINCT b) AS borrowers
RETURN [a] + borrowers AS entities,
       cases AS records,
       CASE WHEN total >= 2 * $min_total * means THEN 0.8 ELSE 0.6 END AS weight,
       {plaintiff: a.name, kind: CASE WHEN a:Person THEN 'person' ELSE 'company' END, total: total, cases: size(cases), largest: largest, first_filed: first_filed, last_filed: last_filed} AS facts
