// EXPLAIN of a write query shows the plan and changes nothing.
// graph: people
// mode: explain
// after: MATCH (x:Extra) RETURN count(x) AS extras
CREATE (:Extra {n: 1})
