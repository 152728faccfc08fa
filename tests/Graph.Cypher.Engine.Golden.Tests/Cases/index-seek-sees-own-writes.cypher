// A node created earlier in the same query is found by a later index seek: the seek reads the query's own changes.
// graph: people
CREATE (:Person {name: 'Zed', id: 9})
WITH 1 AS ignored
MATCH (p:Person {name: 'Zed'})
RETURN p.id AS id
