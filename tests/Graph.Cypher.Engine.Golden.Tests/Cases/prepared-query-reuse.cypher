// One prepared query run three times with different parameters; each run sees its own values, none leaks into the next.
// graph: people
// run: {name: 'Ann'}
// run: {name: 'Bob'}
// run: {name: 'Nobody'}
MATCH (p:Person {name: $name})-[:KNOWS]->(friend)
RETURN p.name AS person, friend.name AS friend
