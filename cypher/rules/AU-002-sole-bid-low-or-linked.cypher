// id: AU-002
// title: Sole bidder at the starting price, with a low start or a tie to the debtor
// model: auction
// severity: high
// signals: A2, A1, A3
// param: tolerance = 0.01 -- deal price at most this fraction above the starting price counts as "at the starting price"
// param: floor = 0.7 -- starting price of a first auction below this fraction of the appraisal is low (the legal floor)
// param: max_cut = 0.2 -- each re-auction may cut the start by at most this fraction, so later rounds' floors are lower
// param: max_holders = 5 -- a phone held by more parties than this is a hub, not a link
// meaning: Only one bidder took part and bought at the starting price. That is legal on its own — an unrelated buyer
//   paying a fair start is common — so it is flagged only together with a starting price under the floor for its round,
//   or a tie between the bidder and the debtor (kin, registry, shared phone): then nobody competed for an asset sold
//   cheaply to the debtor's side.
// explain: {bidder} was the only bidder in auction {auction} (round {round}) and bought at {deal_price}, starting price {starting} = {start_pct}% of the appraisal {appraisal}; {why}
MATCH (d)-[:OWNER_IN]->(au:Auction)<-[:BID_ON]-(bid:Bid)<-[:PLACED]-(w)
WHERE au.deal_price IS NOT NULL AND au.starting_price > 0 AND au.appraisal_price > 0
WITH d, au, collect(DISTINCT w) AS bidders, collect(bid) AS bids
WHERE size(bidders) = 1 AND au.deal_price <= au.starting_price * (1 + $tolerance)
WITH d, au, bids, bidders[0] AS w,
     $floor * CASE au.round WHEN '1' THEN 1.0 WHEN '2' THEN 1.0 - $max_cut ELSE (1.0 - $max_cut) * (1.0 - $max_cut) END AS roundFloor
WITH d, au, bids, w, roundFloor,
     au.starting_price < roundFloor * au.appraisal_price AS low,
     w = d
       OR size([tie = (w)-[:KIN_OF|LEGAL_REP_OF|SHAREHOLDER_OF|OFFICER_OF|EMPLOYED_BY*1..2]-(d) | tie]) > 0
       OR size([(w)-[:HAS_PHONE]->(phone:Phone)<-[:HAS_PHONE]-(d) WHERE size([(phone)<-[:HAS_PHONE]-(holder) | holder]) <= $max_holders | phone]) > 0 AS linked
WHERE low OR linked
RETURN [w, d] AS entities,
       [au] + bids AS records,
       CASE WHEN low AND linked THEN 0.95 WHEN linked THEN 0.85 ELSE 0.7 END AS weight,
       {bidder: w.name, auction: au.auction_id, round: au.round, deal_price: au.deal_price, starting: au.starting_price, appraisal: au.appraisal_price,
        start_pct: round(100.0 * au.starting_price / au.appraisal_price),
        why: CASE WHEN low AND linked THEN 'the start is under the floor and the bidder is linked to the debtor ' + d.name
                  WHEN linked THEN 'the bidder is linked to the debtor ' + d.name
                  ELSE 'the start is under the ' + toString(round(100.0 * roundFloor)) + '% floor for this round' END} AS facts
