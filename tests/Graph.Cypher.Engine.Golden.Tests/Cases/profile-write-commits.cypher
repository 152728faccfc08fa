// PROFILE runs a write query for real: its changes are committed, and the plan shows the rows each operator saw.
// mode: profile
// after: MATCH (p:P) RETURN p.i AS i ORDER BY i
UNWIND [1, 2, 3] AS i
CREATE (:P {i: i})
