// Integer division by zero is a runtime error; the rows before it are not returned.
UNWIND [1, 2, 0] AS d
RETURN 10 / d AS q
