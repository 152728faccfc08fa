// Equality on an indexed label/property (Person.name is a model index) is planned as an index seek, not a scan.
// graph: people
// mode: explain
MATCH (p:Person {name: 'Ann'})
RETURN p.age AS age
