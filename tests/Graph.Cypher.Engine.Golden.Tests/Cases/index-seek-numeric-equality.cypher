// In Cypher 1 = 1.0: an index seek must find an integer property by a float value and the other way round, as a scan does.
// setup: CREATE (:Person {name: 1}), (:Person {name: 2.0}), (:Person {name: 'Ann'})
// run: {value: 1.0}
// run: {value: 2}
MATCH (p:Person {name: $value})
RETURN p.name AS name
