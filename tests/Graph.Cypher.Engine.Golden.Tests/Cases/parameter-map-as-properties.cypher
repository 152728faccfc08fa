// A map parameter as the properties of a created node.
// run: {props: {name: 'Dee', age: 30}}
// after: MATCH (p:Person {name: 'Dee'}) RETURN p
CREATE (p:Person $props)
RETURN p.name AS name
