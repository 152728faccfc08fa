// SET then DELETE of a node that still has relationships fails, and the SET is not kept either.
// graph: people
// after: MATCH (p:Person {name: 'Ann'}) RETURN p.touched AS touched
// after: MATCH (:Person {name: 'Ann'})-[r]-() RETURN count(r) AS degree
MATCH (p:Person {name: 'Ann'})
SET p.touched = true
DELETE p
