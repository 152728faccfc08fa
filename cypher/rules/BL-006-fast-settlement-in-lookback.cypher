// id: BL-006
// title: Labour claim resting on a settlement reached within days, inside the look-back window
// model: bankruptcy_labor
// severity: medium
// signals: B5, L4
// param: lookback_days = 365 -- the look-back period before acceptance (Bankruptcy Law art. 31: one year)
// param: max_days = 10 -- days from filing to closing that count as settled at once
// meaning: A labour claim in the bankruptcy rests on a wage mediation (in court or at the arbitration commission) filed
//   within the year before acceptance and closed within days. Acts in the look-back window can be undone by the
//   administrator; a wage title produced on demand just before the bankruptcy deserves that check.
//   The company's legal representative, who answers for what the company admitted, is named with them.
// explain: {worker}'s labour claim of {amount} in bankruptcy {bankruptcy} rests on {basis}, filed {filed_on} and settled {days} days later, {before} days before acceptance
MATCH (w:Person)-[:CREDITOR_IN]->(cl:Claim)-[:CLAIM_IN]->(b:Bankruptcy)<-[:DEBTOR_IN]-(d:Company)
WHERE cl.claim_type = 'labor'
MATCH (cl)-[:BASED_ON]->(basis)
WHERE basis.filed_on <= b.accepted_on
  AND basis.filed_on >= b.accepted_on - duration({days: $lookback_days})
  AND basis.closed_on IS NOT NULL
  AND duration.inDays(basis.filed_on, basis.closed_on).days <= $max_days
  AND ((basis:Case AND basis.closing_method IN ['mediation', 'judicial_confirmation'])
    OR (basis:Award AND basis.outcome = 'mediation'))
WITH w, cl, b, d, basis, [(rep:Person)-[:LEGAL_REP_OF]->(d) | rep] AS reps
RETURN [w, d] + [x IN reps WHERE x <> w] AS entities,
       [cl, basis, b] AS records,
       0.65 AS weight,
       {worker: w.name, amount: coalesce(cl.amount_declared, cl.amount_confirmed), bankruptcy: b.bankruptcy_no, basis: coalesce(basis.case_no, basis.award_no),
        filed_on: basis.filed_on, days: duration.inDays(basis.filed_on, basis.closed_on).days, before: duration.inDays(basis.filed_on, b.accepted_on).days} AS facts
