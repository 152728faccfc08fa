// EXPLAIN of a write query is allowed in read-only mode: it only shows the plan.
// read-only: true
// mode: explain
// after: MATCH (n) RETURN count(n) AS nodes
CREATE (:Q)
