// id: PL-012
// title: The same two parties meet again and again without a contest
// model: private_lending
// severity: low
// signals: L1, L5
// param: causes = ['private_lending', 'loan_contract', 'debt_assignment', 'guarantee'] -- causes of the lending model
// param: case_types = ['civil_first', 'special'] -- first-instance suits and judicial confirmations (an appeal or the enforcement of the same dispute is not a new suit)
// param: min_cases = 2 -- uncontested suits between the same pair
// meaning: One claimant and one respondent keep settling, confirming or defaulting on new loan suits between them.
//   Genuine lenders rarely lend again to a borrower they had to sue; a pair that meets repeatedly without a fight
//   is re-using the courts to produce titles.
// explain: {plaintiff} and {defendant} met in {cases} uncontested lending cases ({closings}) between {first_filed} and {last_filed}

// The defendant's side is tested as soon as it is matched, so that pairs are not built for parties who cannot be
// opponents, and read once: the opposing-sides test would read it again for every pair.
MATCH (c:Case)
WHERE c.cause IN $causes
  AND c.case_type IN $case_types
  AND (c.closing_method IN ['mediation', 'judicial_confirmation', 'default_judgment'] OR c.defendant_absent = true)
MATCH (c)<-[rb:PARTY_IN]-(b)
WITH c, rb, b, rb.side = 'respondent' AS respondent
WHERE respondent OR (c.closing_method = 'judicial_confirmation' AND rb.role = 'applicant')
MATCH (c)<-[ra:PARTY_IN]-(a)
WHERE a <> b
  AND ((respondent AND ra.side = 'claimant')
    OR (c.closing_method = 'judicial_confirmation' AND ra.role = 'applicant' AND rb.role = 'applicant' AND elementId(a) < elementId(b)
      AND size([(c)<-[x:PARTY_IN]-() WHERE x.role = 'applicant' | x]) = 2))
WITH a, b, collect(DISTINCT c) AS cases, collect(DISTINCT c.closing_method) AS closings, min(c.filed_on) AS first_filed, max(c.filed_on) AS last_filed
WHERE size(cases) >= $min_cases
RETURN [a, b] AS entities,
       cases AS records,
       CASE WHEN size(cases) > $min_cases THEN 0.6 ELSE 0.45 END AS weight,
       {plaintiff: a.name, defendant: b.name, cases: size(cases), closings: closings, first_filed: first_filed, last_filed: last_filed} AS facts
