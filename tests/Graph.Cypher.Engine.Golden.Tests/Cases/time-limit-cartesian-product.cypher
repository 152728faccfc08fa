// A billion-row cartesian product stops at the 100 ms time limit with EXEC_TIME_LIMIT instead of running for minutes.
// setup: UNWIND range(1, 1000) AS i CREATE (:N {i: i})
// time-limit-ms: 100
MATCH (a:N), (b:N), (c:N)
RETURN count(*) AS combinations
