// id: AU-004
// title: Auction announced with less notice than required
// model: auction
// severity: medium
// signals: A3
// param: min_days_real_estate = 30 -- notice days required for real estate
// param: min_days_other = 15 -- notice days required for movables and other property
// meaning: The auction started fewer days after its announcement than the rules for online judicial auctions require
//   (15 days for movables, 30 for real estate). Short notice keeps outside bidders away and leaves the field to
//   those who knew in advance.
// explain: Auction {auction} of {debtor}'s {item} ({kind}) was announced on {notice_on} and started {days} days later (at least {required} required); status {status}
MATCH (d)-[:OWNER_IN]->(au:Auction)
WHERE au.notice_on IS NOT NULL AND au.starts_at IS NOT NULL
WITH d, au, duration.inDays(au.notice_on, date(au.starts_at)).days AS days,
     CASE WHEN au.item_kind = 'real_estate' THEN $min_days_real_estate ELSE $min_days_other END AS required
WHERE days < required
OPTIONAL MATCH (au)<-[:BID_ON]-(bid:Bid)<-[:PLACED]-(w)
WHERE bid.winning = true
WITH d, au, days, required, collect(w) AS winners, collect(bid) AS winningBids
RETURN [d] + winners AS entities,
       [au] + winningBids AS records,
       CASE WHEN days < required / 2 THEN 0.7 ELSE 0.55 END AS weight,
       {auction: au.auction_id, debtor: d.name, item: au.item, kind: coalesce(au.item_kind, 'unknown'), notice_on: au.notice_on, days: days, required: required, status: coalesce(au.status, 'unknown')} AS facts
