// id: BL-002
// title: Officer, owner or relative of the boss files a labour claim in the company's bankruptcy
// model: bankruptcy_labor
// severity: high
// signals: B2
// param: claim_types = ['labor'] -- claim types that rank ahead of ordinary creditors as wages
// meaning: A labour creditor of a bankrupt company is one of its legal representatives, shareholders or officers, or
//   kin of one of them. Officers' wages count only at the company average (Bankruptcy Law art. 113), and insiders'
//   wage claims are the easiest to invent; ordinary employees' claims are not matched. The amount claimed is shown
//   so that it can be compared with what staff were actually paid.
//   The company's legal representative, who answers for what the company admitted, is named with them.
// explain: {creditor} claims {amount} as {claim_type} creditor of {debtor} in bankruptcy {bankruptcy}, while being {tie}
MATCH (w:Person)-[:CREDITOR_IN]->(cl:Claim)-[:CLAIM_IN]->(b:Bankruptcy)<-[:DEBTOR_IN]-(d:Company)
WHERE cl.claim_type IN $claim_types
OPTIONAL MATCH (w)-[post:LEGAL_REP_OF|SHAREHOLDER_OF|OFFICER_OF]->(d)
OPTIONAL MATCH (w)-[kin:KIN_OF]-(boss:Person)-[:LEGAL_REP_OF|SHAREHOLDER_OF|OFFICER_OF]->(d)
WITH w, cl, b, d,
     collect(DISTINCT type(post) + coalesce(' ' + post.role, '')) AS posts,
     collect(DISTINCT boss) AS bosses,
     collect(DISTINCT coalesce(kin.relation, 'kin') + ' of ' + boss.name) AS relations
WHERE size(posts) > 0 OR size(bosses) > 0
WITH w, cl, b, d, posts, bosses, relations, [(rep:Person)-[:LEGAL_REP_OF]->(d) | rep] AS reps
RETURN [w, d] + [x IN bosses + [r IN reps WHERE NOT r IN bosses] WHERE x <> w] AS entities,
       [cl, b] AS records,
       CASE WHEN size(posts) > 0 THEN 0.8 ELSE 0.75 END + CASE WHEN coalesce(cl.amount_declared, 0) >= 200000 THEN 0.1 ELSE 0 END AS weight,
       {creditor: w.name, amount: coalesce(cl.amount_declared, cl.amount_confirmed), claim_type: cl.claim_type, debtor: d.name, bankruptcy: b.bankruptcy_no,
        tie: reduce(text = '', t IN posts + relations | text + CASE WHEN text = '' THEN '' ELSE '; ' END + t)} AS facts
