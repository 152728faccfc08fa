// id: PL-004
// title: Kin or affiliated parties on opposite sides, without a real contest
// model: private_lending
// severity: high
// signals: L3, L4, L5
// param: consensual_methods = ['mediation', 'judicial_confirmation'] -- closings by agreement of the parties
// meaning: The two sides of a case are kin, or one controls the other (legal representative, shareholder, officer),
//   directly or through one person in between, and the case was not really fought: it ended by agreement, the
//   defendant stayed away, or the plaintiff got all it asked for. Relatives who really litigate (a contested divorce
//   with a lawyer each, months of hearings and a split judgment) do not match.
// explain: {plaintiff} and {defendant} are linked ({link}) yet met as opponents in case {case_no} ({cause}), which ended by {closing} with {awarded} of {claimed} awarded

// The conditions on each side alone (a respondent or an applicant) are checked as soon as that side is matched, so
// that pairs are not built for parties who cannot be opponents; each party's side is read once and kept, because the
// opposing-sides test reads both again for every pair (the claimant's own condition is implied by that test).
MATCH (c:Case)
WHERE c.case_type <> 'bankruptcy'
  AND (c.closing_method IN $consensual_methods
    OR c.defendant_absent = true
    OR c.amount_awarded >= c.amount_claimed > 0)
MATCH (c)<-[rb:PARTY_IN]-(b)
WITH c, rb, b, rb.side = 'respondent' AS respondent
WHERE respondent OR (c.closing_method = 'judicial_confirmation' AND rb.role = 'applicant')
MATCH (c)<-[ra:PARTY_IN]-(a)
WHERE a <> b
WITH c, rb, b, respondent, ra, a, ra.side = 'claimant' AS claimant
WHERE (claimant AND respondent)
   OR (c.closing_method = 'judicial_confirmation' AND ra.role = 'applicant' AND rb.role = 'applicant' AND elementId(a) < elementId(b)
     AND size([(c)<-[x:PARTY_IN]-() WHERE x.role = 'applicant' | x]) = 2)
MATCH tie = shortestPath((a)-[:KIN_OF|LEGAL_REP_OF|SHAREHOLDER_OF|OFFICER_OF*1..2]-(b))
WITH a, b, c, tie,
     reduce(text = a.name, i IN range(0, length(tie) - 1) | text + ' -' + type(relationships(tie)[i]) + '- ' + nodes(tie)[i + 1].name) AS link
RETURN [a, b] + [n IN nodes(tie) WHERE n <> a AND n <> b] AS entities,
       [c] AS records,
       CASE WHEN c.closing_method IN $consensual_methods THEN 0.9 ELSE 0.75 END - 0.1 * (length(tie) - 1) AS weight,
       {plaintiff: a.name, defendant: b.name, link: link, case_no: c.case_no, cause: c.cause, closing: coalesce(c.closing_method, 'unknown'),
        claimed: c.amount_claimed, awarded: coalesce(c.amount_awarded, 0)} AS facts
