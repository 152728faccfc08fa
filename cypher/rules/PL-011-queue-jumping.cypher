// id: PL-011
// title: New loan suits against a much-pursued debtor just before his asset is auctioned
// model: private_lending
// severity: high
// signals: L10, L4
// param: causes = ['private_lending', 'loan_contract'] -- causes of the new suits
// param: min_enforcements = 3 -- enforcement cases against the debtor before the auction
// param: lead_days = 90 -- how long before the auction starts a new suit counts
// param: payout_days = 60 -- how long after the auction ends (before the proceeds are paid out) a new suit counts
// meaning: A debtor already pursued by several enforcement cases has an asset at auction; shortly before the proceeds
//   are shared out, new claimants sue him, settle at once or apply for enforcement, and join the queue. Friends of the
//   debtor take a share that belonged to real creditors (debtor with 18 enforcement cases; friend sued for 90k,
//   mediated, shared a 325k payout).
// explain: {debtor}, respondent of {listings} enforcement cases, had asset auction {auction} starting {auction_start}; {claimants} new claimant(s) sued him shortly before ({suits} suits, {settled} settled by agreement, {enforced} enforced)
MATCH (d)-[:OWNER_IN]->(au:Auction)
WHERE au.starts_at IS NOT NULL
MATCH (d)-[rl:PARTY_IN]->(e:Case)
WHERE e.case_type = 'enforcement' AND rl.role = 'enforcement_respondent' AND e.filed_on <= date(au.starts_at)
WITH d, au, count(DISTINCT e) AS listings
WHERE listings >= $min_enforcements
MATCH (f)-[rf:PARTY_IN]->(s:Case)<-[rd:PARTY_IN]-(d)
WHERE f <> d
  AND s.case_type <> 'enforcement'
  AND s.cause IN $causes
  AND rf.side = 'claimant'
  AND (rd.side = 'respondent' OR s.closing_method = 'judicial_confirmation')
  AND s.filed_on >= date(au.starts_at) - duration({days: $lead_days})
  AND s.filed_on <= date(coalesce(au.ends_at, au.starts_at)) + duration({days: $payout_days})
OPTIONAL MATCH (f)-[re:PARTY_IN]->(e2:Case)<-[rd2:PARTY_IN]-(d)
WHERE e2.case_type = 'enforcement' AND re.role = 'enforcement_applicant' AND rd2.role = 'enforcement_respondent' AND e2.filed_on >= s.filed_on
WITH d, au, listings, f, s, collect(DISTINCT e2) AS enforcements
WHERE s.closing_method IN ['mediation', 'judicial_confirmation'] OR size(enforcements) > 0
WITH d, au, listings,
     collect(DISTINCT f) AS claimants,
     collect(DISTINCT s) AS suits,
     sum(CASE WHEN s.closing_method IN ['mediation', 'judicial_confirmation'] THEN 1 ELSE 0 END) AS settled,
     collect(enforcements) AS enforcementLists
WITH d, au, listings, claimants, suits, settled,
     reduce(acc = [], list IN enforcementLists | acc + [x IN list WHERE NOT x IN acc]) AS enforcements
RETURN [d] + claimants AS entities,
       [au] + suits + enforcements AS records,
       CASE WHEN settled > 0 AND size(enforcements) > 0 THEN 0.9 ELSE 0.7 END AS weight,
       {debtor: d.name, listings: listings, auction: au.auction_id, auction_start: date(au.starts_at), claimants: size(claimants), suits: size(suits), settled: settled, enforced: size(enforcements)} AS facts
