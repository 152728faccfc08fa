// q was never bound: a compile-time SemanticError... with the TCK's detail UndefinedVariable and its position.
MATCH (p:Person)
RETURN q.name AS name
