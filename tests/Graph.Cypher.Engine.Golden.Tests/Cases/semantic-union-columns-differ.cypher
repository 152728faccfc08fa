// Both sides of UNION must return the same columns.
RETURN 1 AS a
UNION
RETURN 2 AS b
