// A list parameter on the right of IN.
// graph: people
// run: {ids: [1, 3]}
// run: {ids: []}
MATCH (p:Person)
WHERE p.id IN $ids
RETURN p.name AS name
ORDER BY name
