// Friends of friends, oldest first.
MATCH (a:Person {name: $name})-[:KNOWS*1..2]->(b:Person)
WHERE b.age >= 18 AND NOT (a)-[:BLOCKED]->(b)
RETURN DISTINCT b.name AS name, b.age
ORDER BY b.age DESC
SKIP 0 LIMIT 10
