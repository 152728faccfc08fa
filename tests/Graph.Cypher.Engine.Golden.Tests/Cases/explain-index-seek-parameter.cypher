// A parameter compared with an indexed property also seeks the index.
// graph: people
// mode: explain
// run: {name: 'Ann'}
MATCH (p:Person)
WHERE p.name = $name
RETURN p.id AS id
