// The query ends in the middle of an expression.
MATCH (p:Person)
RETURN p.age +
