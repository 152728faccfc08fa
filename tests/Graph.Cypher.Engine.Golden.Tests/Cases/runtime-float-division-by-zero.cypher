// Float division by zero is not an error: it gives infinities and NaN, as in IEEE 754.
RETURN 1.0 / 0 AS inf, -1.0 / 0 AS negInf, 0.0 / 0 AS nan
