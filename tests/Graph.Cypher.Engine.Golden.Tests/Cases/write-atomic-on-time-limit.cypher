// A write query stopped by the time limit commits nothing of what it had already created.
// time-limit-ms: 100
// after: MATCH (t:T) RETURN count(t) AS created
UNWIND range(1, 100000000) AS i
CREATE (:T {i: i})
