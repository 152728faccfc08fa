UNWIND [1, 2, 3] AS x
WITH x, [y IN range(0, x) WHERE y % 2 = 0 | y ^ 2] AS squares
RETURN CASE x WHEN 1 THEN 'one' ELSE 'other' END AS simple,
       CASE WHEN x > 1 THEN x END AS generic,
       all(s IN squares WHERE s >= 0) AS allPositive,
       reduce(acc = 0, s IN squares | acc + s) AS total,
       squares[1..], squares[..-1], {a: x, b: [x, 'x\n']} AS map,
       x IS NOT NULL, 'abc' STARTS WITH 'a', -9223372036854775808, 0 < x <= 3
