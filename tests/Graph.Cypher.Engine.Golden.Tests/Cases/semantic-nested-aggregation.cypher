// Aggregations cannot nest.
MATCH (p:Person)
RETURN count(count(p)) AS n
