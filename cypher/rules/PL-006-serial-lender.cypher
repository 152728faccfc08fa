// id: PL-006
// title: Serial private-lending plaintiff that is not a licensed lender
// model: private_lending
// severity: medium
// signals: L1
// param: causes = ['private_lending'] -- causes counted as lending suits
// param: min_suits = 10 -- suits within the window (10+ loans to the public in 2 years is the criminal test)
// param: window_days = 730 -- length of the window in days
// param: licensed_industries = ['货币金融服务', '资本市场服务', '保险业', '财产保险', '其他金融业'] -- registry industries of banks and licensed lenders, whose serial suits are ordinary
// meaning: A person or an ordinary company files lending suits in bulk: ten or more within two years. Lending to the
//   public at that rate is itself unlawful, and invented loans come in series. Banks and licensed lenders sue
//   thousands over years and are left out by their registry industry; what is left is worth a look, more so when
//   most of the suits were not contested.
// explain: {plaintiff} filed {suits} lending suits between {first_filed} and {last_filed} ({uncontested} settled, confirmed or won by default) against {borrowers} parties
MATCH (a)-[r:PARTY_IN]->(c:Case)
WHERE c.cause IN $causes
  AND r.side = 'claimant'
  AND c.case_type <> 'enforcement'
  AND NOT coalesce(a.industry, '') IN $licensed_industries
WITH a, collect(c) AS suits
WHERE size(suits) >= $min_suits
UNWIND suits AS s
WITH a, s, [t IN suits WHERE t.filed_on >= s.filed_on AND t.filed_on <= s.filed_on + duration({days: $window_days})] AS inWindow
ORDER BY size(inWindow) DESC
WITH a, head(collect(inWindow)) AS inWindow
WHERE size(inWindow) >= $min_suits
UNWIND inWindow AS s
MATCH (b)-[rb:PARTY_IN]->(s)
WHERE b <> a AND (rb.side = 'respondent' OR rb.role = 'applicant')
WITH a, inWindow, collect(DISTINCT b) AS borrowers, min(s.filed_on) AS first_filed, max(s.filed_on) AS last_filed
WITH a, inWindow, borrowers, first_filed, last_filed,
     size([t IN inWindow WHERE t.closing_method IN ['mediation', 'judicial_confirmation', 'default_judgment'] OR t.defendant_absent = true]) AS uncontested
RETURN [a] + borrowers AS entities,
       inWindow AS records,
       0.4 + 0.5 * toFloat(uncontested) / size(inWindow) AS weight,
       {plaintiff: a.name, suits: size(inWindow), first_filed: first_filed, last_filed: last_filed, uncontested: uncontested, borrowers: size(borrowers)} AS facts
