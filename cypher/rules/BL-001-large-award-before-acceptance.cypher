// id: BL-001
// title: Large wage award or judgment shortly before the bankruptcy was accepted
// model: bankruptcy_labor
// severity: high
// signals: B1
// param: min_amount = 300000 -- amount (yuan) for one worker that is far beyond an ordinary wage claim
// param: window_days = 365 -- days before acceptance in which the award or suit was filed (the one-year look-back of Bankruptcy Law art. 31)
// meaning: A single worker obtained a wage award (arbitration) or judgment of hundreds of thousands against the company
//   in the year before its bankruptcy was accepted (the look-back period in which the administrator can undo acts).
//   Labour claims are paid before ordinary creditors, so inflating them shortly before the bankruptcy drains the
//   estate to insiders. Ordinary workers' arrears are a few months' pay and do not come near the threshold. The
//   company's legal representative, who answers for what the company admitted, is named with the worker.
// explain: {worker} obtained {amount} against {debtor} through {record} ({kind}, filed {filed_on}), {days} days before bankruptcy {bankruptcy} was accepted on {accepted_on}
MATCH (d:Company)-[:DEBTOR_IN]->(b:Bankruptcy)
MATCH (w:Person)-[:APPLICANT_IN]->(aw:Award)<-[:RESPONDENT_IN]-(d)
WHERE aw.amount >= $min_amount
  AND aw.filed_on <= b.accepted_on
  AND aw.filed_on >= b.accepted_on - duration({days: $window_days})
OPTIONAL MATCH (w)-[:CREDITOR_IN]->(cl:Claim)-[:CLAIM_IN]->(b)
WITH d, b, w, aw, collect(cl) AS claims, [(rep:Person)-[:LEGAL_REP_OF]->(d) | rep] AS reps
RETURN [w, d] + [x IN reps WHERE x <> w] AS entities,
       [aw, b] + claims AS records,
       CASE WHEN aw.amount >= 2 * $min_amount THEN 0.9 ELSE 0.75 END AS weight,
       {worker: w.name, amount: aw.amount, debtor: d.name, record: aw.award_no, kind: 'arbitration award', filed_on: aw.filed_on,
        days: duration.inDays(aw.filed_on, b.accepted_on).days, bankruptcy: b.bankruptcy_no, accepted_on: b.accepted_on} AS facts
UNION
MATCH (d:Company)-[:DEBTOR_IN]->(b:Bankruptcy)
MATCH (w:Person)-[rw:PARTY_IN]->(c:Case)<-[rd:PARTY_IN]-(d)
WHERE c.cause = 'labor'
  AND rw.side = 'claimant' AND rd.side = 'respondent'
  AND coalesce(c.amount_awarded, c.amount_claimed) >= $min_amount
  AND c.filed_on <= b.accepted_on
  AND c.filed_on >= b.accepted_on - duration({days: $window_days})
OPTIONAL MATCH (w)-[:CREDITOR_IN]->(cl:Claim)-[:CLAIM_IN]->(b)
WITH d, b, w, c, collect(cl) AS claims, [(rep:Person)-[:LEGAL_REP_OF]->(d) | rep] AS reps
RETURN [w, d] + [x IN reps WHERE x <> w] AS entities,
       [c, b] + claims AS records,
       CASE WHEN coalesce(c.amount_awarded, c.amount_claimed) >= 2 * $min_amount THEN 0.9 ELSE 0.75 END AS weight,
       {worker: w.name, amount: coalesce(c.amount_awarded, c.amount_claimed), debtor: d.name, record: c.case_no, kind: 'labour case closed by ' + coalesce(c.closing_method, 'unknown'),
        filed_on: c.filed_on, days: duration.inDays(c.filed_on, b.accepted_on).days, bankruptcy: b.bankruptcy_no, accepted_on: b.accepted_on} AS facts
