// id: BL-005
// title: The debtor's own staff act as agents for the wage claimants
// model: bankruptcy_labor
// severity: high
// signals: B3
// param: min_records = 2 -- wage cases or awards the same staff member handled for claimants
// meaning: An employee, officer or owner of the company acted as agent for the workers claiming wages from it. A
//   company's staff normally defend it; when they run the claimants' side, in several cases at once, the company is
//   suing itself to put insiders ahead of its creditors ("agents are company staff" in batch wage mediations).
//   The company's legal representative, who answers for what the company admitted, is named with them.
// explain: {agent}, {tie} {debtor}, acted for the claimants in {records} wage cases against it ({claimants} claimants) before bankruptcy {bankruptcy}
MATCH (d:Company)-[:DEBTOR_IN]->(b:Bankruptcy)
MATCH (g:Person)-[tie:EMPLOYED_BY|OFFICER_OF|LEGAL_REP_OF|SHAREHOLDER_OF]->(d)
MATCH (g)-[ag:AGENT_IN]->(rec)
WHERE ag.for_side = 'claimant'
  AND ((rec:Award AND (d)-[:RESPONDENT_IN]->(rec))
    OR (rec:Case AND rec.cause = 'labor' AND (d)-[:PARTY_IN]->(rec)))
WITH d, b, g, collect(DISTINCT type(tie)) AS ties, collect(DISTINCT rec) AS records
WHERE size(records) >= $min_records
UNWIND records AS rec
MATCH (w:Person)-[link:APPLICANT_IN|PARTY_IN]->(rec)
WHERE w <> g AND (type(link) = 'APPLICANT_IN' OR link.side = 'claimant')
WITH d, b, g, ties, records, collect(DISTINCT w) AS claimants, [(rep:Person)-[:LEGAL_REP_OF]->(d) | rep] AS reps
RETURN [g, d] + [x IN reps WHERE x <> g AND NOT x IN claimants] + claimants AS entities,
       [b] + records AS records,
       CASE WHEN size(records) >= 5 THEN 0.9 ELSE 0.8 END AS weight,
       {agent: g.name, tie: CASE WHEN 'EMPLOYED_BY' IN ties THEN 'employed by' ELSE 'an officer or owner of' END, debtor: d.name, records: size(records),
        claimants: size(claimants), bankruptcy: b.bankruptcy_no} AS facts
