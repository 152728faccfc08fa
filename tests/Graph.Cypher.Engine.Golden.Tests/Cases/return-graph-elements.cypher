// Nodes, relationships and paths come back with labels, types and properties.
// graph: people
MATCH path = (a:Person {name: 'Ann'})-[k:KNOWS]->(b)
RETURN a, k, path
