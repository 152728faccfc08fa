// The traversal starts from the selective index seek and expands along KNOWS.
// graph: people
// mode: explain
MATCH (a:Person {name: 'Ann'})-[:KNOWS]->(b:Person)
RETURN b.name AS friend
