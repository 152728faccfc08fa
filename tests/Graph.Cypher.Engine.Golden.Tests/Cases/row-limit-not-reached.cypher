// Exactly MaxResultRows rows is fine.
// max-rows: 5
UNWIND range(1, 5) AS i
RETURN i
