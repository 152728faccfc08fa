// A map parameter: its entries are read with . and its keys listed.
// run: {person: {name: 'Dee', age: 30, tags: ['a', 'b']}}
RETURN $person.name AS name, $person.age + 1 AS nextAge, $person.tags[1] AS tag, size(keys($person)) AS keyCount
