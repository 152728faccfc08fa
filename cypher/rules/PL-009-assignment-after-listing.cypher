// id: PL-009
// title: Claim assigned away by a debtor already under enforcement
// model: private_lending
// severity: high
// signals: L7
// param: max_days_after = 1095 -- how long after the enforcement case an assignment still counts
// meaning: A party that was already the respondent of an enforcement case shows up, later, as plaintiff or
//   third party of a debt-assignment suit: a claim that its own creditors could have seized is moved to someone else,
//   who collects it instead. The enforcement case and the assignment suit are both listed, and so are the debtors
//   the assignee sued: the claim against them is what was moved out of the creditors' reach.
// explain: {assignor} was under enforcement in {listing} (filed {listed_on}) when {assignee} sued on an assigned claim in {suits} case(s) from {first_suit}, with {assignor} as {assignor_role}
MATCH (x)-[rl:PARTY_IN]->(listing:Case)
WHERE listing.case_type = 'enforcement' AND rl.role = 'enforcement_respondent'
MATCH (x)-[rs:PARTY_IN]->(suit:Case)
WHERE suit.cause = 'debt_assignment'
  AND (rs.side = 'third' OR rs.role = 'plaintiff')
  AND suit.filed_on >= listing.filed_on
  AND suit.filed_on <= listing.filed_on + duration({days: $max_days_after})
MATCH (assignee)-[ra:PARTY_IN]->(suit)
WHERE assignee <> x AND ra.side = 'claimant'
WITH x, assignee, listing, collect(DISTINCT suit) AS suits, min(suit.filed_on) AS first_suit, collect(DISTINCT rs.role) AS roles
UNWIND suits AS suit
OPTIONAL MATCH (debtor)-[rd:PARTY_IN]->(suit)
WHERE rd.side = 'respondent' AND debtor <> x
WITH x, assignee, listing, suits, first_suit, roles, collect(DISTINCT debtor) AS debtors
RETURN [x, assignee] + debtors AS entities,
       [listing] + suits AS records,
       0.85 AS weight,
       {assignor: x.name, assignee: assignee.name, listing: listing.case_no, listed_on: listing.filed_on, suits: size(suits), first_suit: first_suit, assignor_role: head(roles)} AS facts
