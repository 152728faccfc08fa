// id: PL-008
// title: Repeat claimant of a dominant mediation organisation
// model: private_lending
// severity: medium
// signals: L6, L4
// param: causes = ['private_lending', 'loan_contract', 'debt_assignment', 'guarantee'] -- causes of the lending model
// param: min_share = 0.25 -- share of a court's mediated cases an organisation must hold to count as dominant
// param: min_court_cases = 20 -- mediated cases a court needs before shares mean anything
// param: min_cases = 2 -- cases the claimant needs with that organisation
// param: licensed_industries = ['货币金融服务', '资本市场服务', '保险业', '财产保险', '其他金融业'] -- banks and licensed lenders, whose repeat mediations are ordinary
// meaning: A few mediation organisations can issue most of a court's judicial confirmations (2 organisations issued 68%
//   of 6,446 in one published case). A claimant whose loan cases keep going through such an organisation may be using
//   it as a mill for enforceable titles. The organisation's share is in the explanation; its concentration alone is
//   no proof, and licensed lenders are left out.
// explain: {claimant} had {cases} loan cases mediated by {mediator}, which handled {share}% of the {court_cases} mediated cases of {court}; {fast} closed within 7 days
MATCH (c:Case)-[:MEDIATED_BY]->(:MediatorOrg)
MATCH (c)-[:HEARD_BY]->(court:Court)
WITH court, count(DISTINCT c) AS total
WHERE total >= $min_court_cases
MATCH (court)<-[:HEARD_BY]-(c:Case)-[:MEDIATED_BY]->(m:MediatorOrg)
WITH court, total, m, count(DISTINCT c) AS handled
WHERE toFloat(handled) / total >= $min_share
MATCH (a)-[ra:PARTY_IN]->(c:Case)-[:MEDIATED_BY]->(m)
WHERE ra.side = 'claimant'
  AND c.cause IN $causes
  AND (c)-[:HEARD_BY]->(court)
  AND NOT coalesce(a.industry, '') IN $licensed_industries
WITH court, total, m, handled, a, collect(DISTINCT c) AS cases
WHERE size(cases) >= $min_cases
WITH court, total, m, handled, a, cases,
     size([x IN cases WHERE x.closed_on IS NOT NULL AND duration.inDays(x.filed_on, x.closed_on).days <= 7]) AS fast
UNWIND cases AS c
MATCH (b)-[rb:PARTY_IN]->(c)
WHERE b <> a
WITH court, total, m, handled, a, cases, fast, collect(DISTINCT b) AS others
RETURN [a] + others AS entities,
       cases AS records,
       0.5 + 0.4 * toFloat(fast) / size(cases) AS weight,
       {claimant: a.name, cases: size(cases), mediator: m.name, share: round(100.0 * handled / total), court_cases: total, court: court.name, fast: fast} AS facts
