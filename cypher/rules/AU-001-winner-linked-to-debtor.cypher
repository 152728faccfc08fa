// id: AU-001
// title: Winning bidder linked to the debtor whose asset was sold
// model: auction
// severity: high
// signals: A1
// param: max_holders = 5 -- a phone held by more parties than this is a hub, not a link
// param: max_residents = 30 -- an address registered by more parties than this is a compound, not a link
// meaning: The winner of a judicial auction is the debtor itself, kin of the debtor, controls or works for the debtor
//   company (directly or through one person), or bid with the debtor's phone or from the debtor's address. The
//   debtor's own people buying the seized asset, often cheaply, defeats the creditors the auction was for.
// explain: {winner} won auction {auction} ({item}) for {deal_price} (appraised {appraisal}) and {link} the debtor {debtor}
MATCH (d)-[:OWNER_IN]->(au:Auction)<-[:BID_ON]-(bid:Bid)<-[:PLACED]-(w)
WHERE bid.winning = true
WITH d, au, bid, w,
     head([tie = (w)-[:KIN_OF|LEGAL_REP_OF|SHAREHOLDER_OF|OFFICER_OF|EMPLOYED_BY*1..2]-(d) | tie]) AS tie,
     head([(w)-[:HAS_PHONE]->(phone:Phone)<-[:HAS_PHONE]-(d) WHERE size([(phone)<-[:HAS_PHONE]-(holder) | holder]) <= $max_holders | phone.number]) AS phone,
     head([(w)-[:HAS_ADDRESS]->(address:Address)<-[:HAS_ADDRESS]-(d) WHERE size([(address)<-[:HAS_ADDRESS]-(resident) | resident]) <= $max_residents | address.text]) AS address
WHERE w = d OR tie IS NOT NULL OR phone IS NOT NULL OR address IS NOT NULL
RETURN [w, d] + CASE WHEN tie IS NULL THEN [] ELSE [n IN nodes(tie) WHERE n <> w AND n <> d] END AS entities,
       [au, bid] AS records,
       CASE WHEN w = d OR (tie IS NOT NULL AND length(tie) = 1) OR phone IS NOT NULL THEN 0.9 ELSE 0.75 END AS weight,
       {winner: w.name, auction: au.auction_id, item: au.item, deal_price: au.deal_price, appraisal: au.appraisal_price, debtor: d.name,
        link: CASE
                WHEN w = d THEN 'is'
                WHEN tie IS NOT NULL THEN 'is tied (' + reduce(text = w.name, i IN range(0, length(tie) - 1) | text + ' -' + type(relationships(tie)[i]) + '- ' + nodes(tie)[i + 1].name) + ') to'
                WHEN phone IS NOT NULL THEN 'shares phone ' + phone + ' with'
                ELSE 'shares address ' + address + ' with'
              END} AS facts
