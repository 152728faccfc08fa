// Read-only mode runs read queries normally.
// graph: people
// read-only: true
MATCH (p:Person)-[:WORKS_AT]->(c:Company)
RETURN p.name AS name, c.name AS company
ORDER BY name
