// A write query that fails on its third row leaves nothing of the first two: the whole query is one transaction.
// after: MATCH (t:Tmp) RETURN count(t) AS created
UNWIND [1, 2, 0] AS d
CREATE (:Tmp {v: 10 / d})
