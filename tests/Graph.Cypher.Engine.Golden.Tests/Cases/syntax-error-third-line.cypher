// The position is that of the offending token on the third line, not the start of the query.
MATCH (p:Person)
WHERE p.age > 30
RETURN p.name AS name,, p.age
