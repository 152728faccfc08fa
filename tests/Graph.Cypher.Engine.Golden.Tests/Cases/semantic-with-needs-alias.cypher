// WITH must name its expressions.
MATCH (p:Person)
WITH p.name
RETURN 1 AS one
