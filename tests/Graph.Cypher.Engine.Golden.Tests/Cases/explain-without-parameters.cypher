// EXPLAIN only plans, so it needs no parameter values: a tool can show the plan of a parameterised rule before running it.
// graph: people
// mode: explain
MATCH (p:Person)
WHERE p.name = $name
RETURN p.id AS id
