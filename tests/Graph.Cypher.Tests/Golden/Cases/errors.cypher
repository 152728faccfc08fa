MATCH (a:Person {name: })
WHERE a.age >
RETURN a.name AS, 9223372036854775808, '\uZZ' ORDER a
