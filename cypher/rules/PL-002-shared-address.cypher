// id: PL-002
// title: Opposing parties share an address
// model: private_lending
// severity: medium
// signals: L2
// param: excluded_causes = ['divorce_property'] -- causes where opposing parties sharing a home is ordinary (spouses)
// param: max_residents = 30 -- an address registered by more parties than this is a compound or office block, not a lead
// meaning: The two sides of one case are registered at the same address. Outside divorces this suggests the parties
//   live or work together and the dispute may be staged. Addresses of apartment compounds and office blocks are
//   shared by hundreds of unrelated residents, so addresses with many registered parties are left out.
// explain: {plaintiff} and {defendant}, opposing parties in case {case_no} ({cause}, closed by {closing}), are both registered at {address} ({residents} parties there)

// Started from the addresses: two parties sharing a small address are far fewer than the opposing pairs of all cases,
// and whether two given parties met in a case is one lookup in the shorter of their case lists. An address needs two
// registrations before two different parties can share it.
MATCH (address:Address)
WITH address, size([(address)<-[:HAS_ADDRESS]-(resident) | resident]) AS residents
WHERE residents >= 2 AND residents <= $max_residents
// Two clauses rather than one pattern: a <> b already makes the two registrations different relationships, so the
// uniqueness test one pattern would add on every resident pair is not needed.
MATCH (a)-[:HAS_ADDRESS]->(address)
MATCH (address)<-[:HAS_ADDRESS]-(b)
WHERE a <> b
MATCH (a)-[ra:PARTY_IN]->(c:Case)<-[rb:PARTY_IN]-(b)
WHERE NOT c.cause IN $excluded_causes
  AND NOT c.case_type IN ['enforcement', 'bankruptcy']
  AND ((ra.side = 'claimant' AND rb.side = 'respondent')
    OR (c.closing_method = 'judicial_confirmation' AND ra.role = 'applicant' AND rb.role = 'applicant' AND elementId(a) < elementId(b)
      AND size([(c)<-[x:PARTY_IN]-() WHERE x.role = 'applicant' | x]) = 2))
RETURN [a, b] AS entities,
       [c] AS records,
       CASE WHEN c.closing_method IN ['mediation', 'judicial_confirmation'] OR c.defendant_absent = true THEN 0.8 ELSE 0.6 END AS weight,
       {plaintiff: a.name, defendant: b.name, case_no: c.case_no, cause: c.cause, closing: coalesce(c.closing_method, 'unknown'), address: address.text, residents: residents} AS facts
