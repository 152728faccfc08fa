// In read-only mode a write query is refused and nothing is written.
// graph: people
// read-only: true
// after: MATCH (p:Person) RETURN count(p) AS people
CREATE (:Person {name: 'Eve'})
