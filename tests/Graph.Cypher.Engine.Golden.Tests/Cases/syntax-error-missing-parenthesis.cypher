// A missing ) on line 1: WHERE may stand inside a node pattern (Cypher 5), so the parser only notices at RETURN on line 3.
MATCH (p:Person
WHERE p.name = 'Ann'
RETURN p
