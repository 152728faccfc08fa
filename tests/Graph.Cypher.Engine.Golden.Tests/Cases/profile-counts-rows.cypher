// PROFILE runs the query and reports the actual rows of each operator (times are masked).
// graph: people
// mode: profile
MATCH (p:Person)
WHERE p.age > 30
RETURN p.name AS name
ORDER BY name
