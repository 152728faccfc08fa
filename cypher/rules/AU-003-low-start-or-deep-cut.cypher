// id: AU-003
// title: Starting price under the legal floor, or a re-auction cut deeper than allowed
// model: auction
// severity: medium
// signals: A3
// param: floor = 0.7 -- first auctions may not start below this fraction of the appraisal
// param: max_cut = 0.2 -- a re-auction may cut the previous starting price by at most this fraction
// meaning: The first auction of an asset started below 70% of its appraisal, or a re-auction cut the previous starting
//   price by more than 20%. Both are outside the rules for online judicial auctions and make a cheap sale to a
//   chosen buyer easier. The winner, if any, is listed with the debtor.
// explain: Auction {auction} of {debtor}'s {item} (round {round}) started at {starting}: {why}; status {status}, sold for {deal_price}
MATCH (d)-[:OWNER_IN]->(au:Auction)
WHERE au.appraisal_price > 0 AND au.starting_price > 0
OPTIONAL MATCH (au)-[:ENFORCES]->(:Case)<-[:ENFORCES]-(prev:Auction)
WHERE prev.item = au.item
  AND prev.round = CASE au.round WHEN '2' THEN '1' WHEN 'sale' THEN '2' ELSE 'none' END
  AND prev.starting_price > 0
WITH d, au, head(collect(prev)) AS prev
WITH d, au, prev,
     au.round = '1' AND au.starting_price < $floor * au.appraisal_price AS lowStart,
     prev IS NOT NULL AND au.starting_price < (1.0 - $max_cut) * prev.starting_price AS deepCut
WHERE lowStart OR deepCut
OPTIONAL MATCH (au)<-[:BID_ON]-(bid:Bid)<-[:PLACED]-(w)
WHERE bid.winning = true
WITH d, au, prev, lowStart, deepCut, collect(w) AS winners, collect(bid) AS winningBids
RETURN [d] + winners AS entities,
       [au] + CASE WHEN prev IS NULL THEN [] ELSE [prev] END + winningBids AS records,
       CASE WHEN size(winners) > 0 THEN 0.7 ELSE 0.5 END AS weight,
       {auction: au.auction_id, debtor: d.name, item: au.item, round: au.round, starting: au.starting_price, status: coalesce(au.status, 'unknown'), deal_price: coalesce(au.deal_price, 0),
        why: CASE WHEN lowStart THEN toString(round(100.0 * au.starting_price / au.appraisal_price)) + '% of the appraisal ' + toString(au.appraisal_price)
                  ELSE 'a cut of ' + toString(round(100.0 - 100.0 * au.starting_price / prev.starting_price)) + '% from the previous start of ' + toString(prev.starting_price) END} AS facts
