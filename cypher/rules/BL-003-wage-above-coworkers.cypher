// id: BL-003
// title: Monthly wage claimed far above what co-workers claim
// model: bankruptcy_labor
// severity: medium
// signals: B2
// param: factor = 3.0 -- how many times the usual wage counts as far above
// param: min_peers = 4 -- awards against the same debtor needed to take the usual wage from them
// param: usual_wage = 8000 -- usual monthly wage (yuan) when there are too few co-workers to compare with; set per office
// meaning: In a wage award against a company that later went bankrupt, the worker claimed a monthly wage several times
//   what the others claimed (the lower quartile of the wages claimed against the same company, which insiders cannot
//   easily pull up). "HR manager claimed 600k a year where pay was 3-5k a month."
//   The company's legal representative, who answers for what the company admitted, is named with them.
// explain: {worker} claimed a monthly wage of {wage} against {debtor} in {award}, {times} times the usual {usual} ({basis})
MATCH (d:Company)-[:DEBTOR_IN]->(b:Bankruptcy)
MATCH (d)-[:RESPONDENT_IN]->(aw:Award)<-[:APPLICANT_IN]-(w:Person)
WHERE aw.monthly_wage_claimed > 0
WITH d, b, collect({worker: w, award: aw}) AS rows, percentileCont(aw.monthly_wage_claimed, 0.25) AS quartile, count(aw) AS n
WITH d, b, rows, n, CASE WHEN n >= $min_peers THEN quartile ELSE $usual_wage END AS usual
UNWIND rows AS row
WITH d, b, n, usual, row.worker AS w, row.award AS aw
WHERE aw.monthly_wage_claimed >= $factor * usual
WITH d, b, n, usual, w, aw, [(rep:Person)-[:LEGAL_REP_OF]->(d) | rep] AS reps
RETURN [w, d] + [x IN reps WHERE x <> w] AS entities,
       [aw, b] AS records,
       CASE WHEN aw.monthly_wage_claimed >= 2 * $factor * usual THEN 0.85 ELSE 0.7 END AS weight,
       {worker: w.name, wage: aw.monthly_wage_claimed, debtor: d.name, award: aw.award_no, times: round(10.0 * aw.monthly_wage_claimed / usual) / 10.0, usual: usual,
        basis: CASE WHEN n >= $min_peers THEN 'lower quartile of ' + toString(n) + ' awards' ELSE 'office norm' END} AS facts
