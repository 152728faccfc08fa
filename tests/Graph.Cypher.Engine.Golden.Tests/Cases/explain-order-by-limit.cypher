// ORDER BY with LIMIT needs only the top rows (a Top operator, or Sort followed by Limit).
// graph: people
// mode: explain
MATCH (p:Person)
RETURN p.name AS name
ORDER BY p.age DESC
LIMIT 2
