// A parameter the query uses but the caller did not give is an error before anything runs.
// graph: people
// run: {other: 1}
MATCH (p:Person)
WHERE p.name = $name
RETURN p
