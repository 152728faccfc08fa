// The control for the atomicity cases: a successful write query is committed and visible to the next query.
// graph: people
// after: MATCH (a:Person {name: 'Ann'})-[r:KNOWS]->(e:Person {name: 'Eve'}) RETURN a.name AS a, r.since AS since, e.name AS e
MATCH (a:Person {name: 'Ann'})
CREATE (a)-[:KNOWS {since: 2024}]->(:Person {name: 'Eve', id: 5})
