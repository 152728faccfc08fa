// id: PL-003
// title: One agent represents both sides of a case
// model: private_lending
// severity: high
// signals: L2
// meaning: The same person acted as agent (lawyer, citizen, employee or relative) for both opposing parties of one case.
//   Representing both sides is barred, and in practice means one hand wrote both the claim and the "defence".
//   Different lawyers of one big firm on opposite sides are common and are not matched here: only the same person.
// explain: {agent} represented both {plaintiff} and {defendant} in case {case_no} ({cause}, closed by {closing})

// Only an agent with two or more representations can represent two parties of one case; most agents have one,
// and grouping is the costly part. Representations without a case number are not filtered out first (a second read
// of the property per representation): they group under null, and no case has a null case number.
MATCH (agent:Person)
WHERE size([(agent)-[:REPRESENTS]->(client) | client]) >= 2
MATCH (agent)-[r:REPRESENTS]->(party)
WITH agent, r.case_no AS case_no, collect(DISTINCT party) AS parties
WHERE size(parties) >= 2
MATCH (c:Case {case_no: case_no})
UNWIND parties AS a
UNWIND parties AS b
MATCH (a)-[ra:PARTY_IN]->(c)<-[rb:PARTY_IN]-(b)
WHERE a <> b
  AND c.case_type <> 'bankruptcy'
  AND ((ra.side = 'claimant' AND rb.side = 'respondent')
    OR (c.closing_method = 'judicial_confirmation' AND ra.role = 'applicant' AND rb.role = 'applicant' AND elementId(a) < elementId(b)
      AND size([(c)<-[x:PARTY_IN]-() WHERE x.role = 'applicant' | x]) = 2))
RETURN [a, b, agent] AS entities,
       [c] AS records,
       CASE WHEN c.closing_method IN ['mediation', 'judicial_confirmation', 'default_judgment', 'withdrawal'] OR c.defendant_absent = true THEN 0.9 ELSE 0.7 END AS weight,
       {agent: agent.name, plaintiff: a.name, defendant: b.name, case_no: c.case_no, cause: c.cause, closing: coalesce(c.closing_method, 'unknown')} AS facts
