// id: AU-006
// title: Competing bidders of one auction are linked to each other
// model: auction
// severity: medium
// signals: A1, A5
// param: max_holders = 5 -- a phone held by more parties than this is a hub, not a link
// param: max_residents = 30 -- an address registered by more parties than this is a compound, not a link
// meaning: Two bidders of the same auction share a phone or an address, or are kin or in the same company. Bidders who
//   act together only appear to compete: they can hold the price down, or push it up and then default.
// explain: Bidders {first} and {second} of auction {auction} ({item}) {link}; status {status}, sold for {deal_price}
MATCH (au:Auction)<-[:BID_ON]-(:Bid)<-[:PLACED]-(x)
WITH au, collect(DISTINCT x) AS bidders
WHERE size(bidders) >= 2
UNWIND bidders AS a
UNWIND bidders AS b
WITH au, a, b
WHERE elementId(a) < elementId(b)
WITH au, a, b,
     head([(a)-[:HAS_PHONE]->(phone:Phone)<-[:HAS_PHONE]-(b) WHERE size([(phone)<-[:HAS_PHONE]-(holder) | holder]) <= $max_holders | phone.number]) AS phone,
     head([(a)-[:HAS_ADDRESS]->(address:Address)<-[:HAS_ADDRESS]-(b) WHERE size([(address)<-[:HAS_ADDRESS]-(resident) | resident]) <= $max_residents | address.text]) AS address,
     head([tie = (a)-[:KIN_OF|LEGAL_REP_OF|SHAREHOLDER_OF|OFFICER_OF|EMPLOYED_BY*1..2]-(b) | tie]) AS tie
WHERE phone IS NOT NULL OR address IS NOT NULL OR tie IS NOT NULL
RETURN [a, b] AS entities,
       [au] AS records,
       CASE WHEN phone IS NOT NULL OR (tie IS NOT NULL AND length(tie) = 1) THEN 0.75 ELSE 0.6 END AS weight,
       {first: a.name, second: b.name, auction: au.auction_id, item: au.item, status: coalesce(au.status, 'unknown'), deal_price: coalesce(au.deal_price, 0),
        link: CASE WHEN phone IS NOT NULL THEN 'share phone ' + phone
                   WHEN address IS NOT NULL THEN 'share address ' + address
                   ELSE 'are tied (' + reduce(text = a.name, i IN range(0, length(tie) - 1) | text + ' -' + type(relationships(tie)[i]) + '- ' + nodes(tie)[i + 1].name) + ')' END} AS facts
