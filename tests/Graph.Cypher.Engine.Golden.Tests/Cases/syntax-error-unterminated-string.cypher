// An unterminated string literal.
MATCH (p:Person)
WHERE p.name = 'Ann
RETURN p
