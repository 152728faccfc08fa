// Four people (one with a Chinese name), a company, a city; Person.name and Company.name are indexed by the store's model indexes, City.name is not.
CREATE (ann:Person {name: 'Ann', id: 1, age: 41}),
       (bob:Person {name: 'Bob', id: 2, age: 35}),
       (cid:Person {name: 'Cid', id: 3, age: 29}),
       (zs:Person {name: '张三', id: 4, age: 52}),
       (acme:Company {name: 'Acme', uscc: '91330000MA2XXXXX1X'}),
       (hz:City {name: 'Hangzhou'}),
       (ann)-[:KNOWS {since: 2001}]->(bob),
       (bob)-[:KNOWS {since: 2010}]->(cid),
       (cid)-[:KNOWS {since: 2015}]->(zs),
       (ann)-[:WORKS_AT]->(acme),
       (bob)-[:WORKS_AT]->(acme),
       (ann)-[:LIVES_IN]->(hz);
