// id: PL-001
// title: Opposing parties share a phone number
// model: private_lending
// severity: high
// signals: L2
// param: excluded_causes = ['divorce_property'] -- causes where opposing parties sharing a home phone is ordinary (spouses)
// param: max_holders = 5 -- a phone held by more parties than this is a switchboard or hub (law firm, compound office), not a lead, unless most holders met the plaintiff in court
// meaning: The two sides of one case gave the same phone number. Opposing parties rarely share a line unless they
//   act together; in a collusive suit the "defendant" is often reached through the plaintiff's own phone. A lead,
//   not proof: check who answers the number and whether the case was really contested. Hubs are left out; a
//   number most of whose holders are the plaintiff's own court opponents is no hub but one lender giving its line
//   for all its "borrowers".
// explain: {plaintiff} and {defendant}, opposing parties in case {case_no} ({cause}, closed by {closing}), share phone {phone}, held by {holders} parties in all

// Phones first: a phone held by two or more parties links few pairs, far fewer than the opposing pairs of all cases.
// Who met whom in court is only counted on hubs (more than max_holders holders), once per holder instead of once
// per matched case: the holders (counted per HAS_PHONE relationship, as the phone's holder list has them) that are
// the plaintiff or a party to one of the plaintiff's cases.
MATCH (phone:Phone)
WITH phone, size([(phone)<-[:HAS_PHONE]-(holder) | holder]) AS holders
WHERE holders >= 2
MATCH (a)-[:HAS_PHONE]->(phone)
OPTIONAL MATCH (a)-[:PARTY_IN]->(:Case)<-[:PARTY_IN]-(opponent)-[held:HAS_PHONE]->(phone)
WHERE holders > $max_holders AND opponent <> a
WITH phone, holders, a, count(DISTINCT held) AS metOthers
WITH phone, holders, a, metOthers + size([(a)-[own:HAS_PHONE]->(phone) | own]) AS metInCourt
WHERE holders <= $max_holders OR 2 * metInCourt >= holders
MATCH (a)-[ra:PARTY_IN]->(c:Case)<-[rb:PARTY_IN]-(b)-[:HAS_PHONE]->(phone)
WHERE NOT c.cause IN $excluded_causes
  AND NOT c.case_type IN ['enforcement', 'bankruptcy']
  AND a <> b
  AND ((ra.side = 'claimant' AND rb.side = 'respondent')
    OR (c.closing_method = 'judicial_confirmation' AND ra.role = 'applicant' AND rb.role = 'applicant' AND elementId(a) < elementId(b)
      AND size([(c)<-[x:PARTY_IN]-() WHERE x.role = 'applicant' | x]) = 2))
RETURN [a, b] AS entities,
       [c] AS records,
       CASE WHEN c.closing_method IN ['mediation', 'judicial_confirmation'] OR c.defendant_absent = true THEN 0.9 ELSE 0.7 END AS weight,
       {plaintiff: a.name, defendant: b.name, case_no: c.case_no, cause: c.cause, closing: coalesce(c.closing_method, 'unknown'), phone: phone.number, holders: holders} AS facts
