// An unknown function is refused before anything runs.
MATCH (p:Person)
RETURN frobnicate(p.name) AS x
