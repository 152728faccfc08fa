// Reading a property of an integer is a type error at run time.
WITH {a: 1} AS m
UNWIND [m.a] AS v
RETURN v.b AS b
