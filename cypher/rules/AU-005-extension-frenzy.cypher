// id: AU-005
// title: Bids crowded into the extension period
// model: auction
// severity: medium
// signals: A5
// param: scheduled_hours = 24 -- length of an online judicial auction before extensions
// param: extension_minutes = 5 -- a bid this close to the end extends the auction
// param: min_late_bids = 10 -- bids in the extension period needed
// param: min_late_share = 0.8 -- share of all bids that fell in the extension period
// meaning: Nearly all bids came after the scheduled close, each extending the auction by a few minutes (124 bids, 123 in
//   the extension period, in a published case), typically between a few accounts pushing the price up; when the
//   winner then refuses to pay, the auction fails and the asset goes back to a cheaper round. A defaulted winner
//   raises the weight. The late bids are the evidence and are cited with the auction, so a shill's dozens of bids
//   count as flagged records of his, not as the ordinary activity of a busy party.
// explain: Auction {auction} of {debtor}'s {item}: {late} of {bids} bids came in the extension period, from {bidders} bidders; status {status}
MATCH (au:Auction)<-[:BID_ON]-(bid:Bid)
WHERE au.starts_at IS NOT NULL
WITH au, collect(bid) AS bids
WITH au, bids, [b IN bids WHERE b.bid_at >= au.starts_at + duration({hours: $scheduled_hours}) - duration({minutes: $extension_minutes})] AS late
WHERE size(late) >= $min_late_bids AND toFloat(size(late)) / size(bids) >= $min_late_share
UNWIND late AS b
MATCH (x)-[:PLACED]->(b)
WITH au, bids, late, collect(DISTINCT x) AS bidders
OPTIONAL MATCH (d)-[:OWNER_IN]->(au)
WITH au, bids, late, bidders, collect(d) AS debtors
RETURN debtors + bidders AS entities,
       [au] + late AS records,
       CASE WHEN au.status = 'defaulted' THEN 0.9 ELSE 0.65 END AS weight,
       {auction: au.auction_id, debtor: coalesce(head(debtors).name, 'unknown'), item: au.item, late: size(late), bids: size(bids), bidders: size(bidders), status: coalesce(au.status, 'unknown')} AS facts
