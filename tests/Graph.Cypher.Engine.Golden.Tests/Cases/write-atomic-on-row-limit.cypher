// A write query that returns more rows than allowed fails as a whole: its writes are not committed.
// max-rows: 5
// after: MATCH (r:R) RETURN count(r) AS created
UNWIND range(1, 10) AS i
CREATE (:R {i: i})
RETURN i
