// Multiplying a boolean is a type error found only when the row with the boolean comes.
UNWIND [1, true] AS x
RETURN x * 2 AS doubled
