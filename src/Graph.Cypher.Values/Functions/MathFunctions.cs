using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Functions;

/// <summary>abs, ceil, floor, round, sign, rand, sqrt, exp, log, log10, e, pi, isNaN, randomUUID.</summary>
internal static class MathFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Register("abs", 1, 1, Abs);
        registry.Register("ceil", 1, 1, (a, _) => Unary(a, "ceil", Math.Ceiling));
        registry.Register("floor", 1, 1, (a, _) => Unary(a, "floor", Math.Floor));
        registry.Register("round", 1, 3, Round);
        registry.Register("sign", 1, 1, Sign);
        registry.Register("rand", 0, 0, (_, c) => CypherValue.Float(c.Random.NextDouble()), deterministic: false);
        registry.Register("sqrt", 1, 1, (a, _) => Unary(a, "sqrt", Math.Sqrt));
        registry.Register("exp", 1, 1, (a, _) => Unary(a, "exp", Math.Exp));
        registry.Register("log", 1, 1, (a, _) => Unary(a, "log", Math.Log));
        registry.Register("log10", 1, 1, (a, _) => Unary(a, "log10", Math.Log10));
        registry.Register("e", 0, 0, (_, _) => CypherValue.Float(Math.E));
        registry.Register("pi", 0, 0, (_, _) => CypherValue.Float(Math.PI));
        registry.Register("isNaN", 1, 1, (a, _) => a[0].IsNull ? CypherValue.Null : CypherValue.Boolean(double.IsNaN(Arguments.Number(a, 0, "isNaN"))));
        registry.Register("randomUUID", 0, 0, (_, _) => CypherValue.String(Guid.NewGuid().ToString()), deterministic: false);
    }

    /// <summary>Applies a double function; null in, null out; integers widen to float.</summary>
    public static CypherValue Unary(ReadOnlySpan<CypherValue> a, string function, Func<double, double> operation) =>
        a[0].IsNull ? CypherValue.Null : CypherValue.Float(operation(Arguments.Number(a, 0, function)));

    private static CypherValue Abs(ReadOnlySpan<CypherValue> a, FunctionContext context) => a[0].Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.Integer when a[0].AsInteger == long.MinValue => throw Fail.Overflow("abs: integer overflow"),
        CypherValueKind.Integer => CypherValue.Integer(Math.Abs(a[0].AsInteger)),
        CypherValueKind.Float => CypherValue.Float(Math.Abs(a[0].AsFloat)),
        _ => throw Fail.ArgumentType("abs", a[0]),
    };

    private static CypherValue Sign(ReadOnlySpan<CypherValue> a, FunctionContext context) => a[0].Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.Integer => CypherValue.Integer(Math.Sign(a[0].AsInteger)),
        CypherValueKind.Float when double.IsNaN(a[0].AsFloat) => CypherValue.Integer(0),
        CypherValueKind.Float => CypherValue.Integer(Math.Sign(a[0].AsFloat)),
        _ => throw Fail.ArgumentType("sign", a[0]),
    };

    private static CypherValue Round(ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        if (Arguments.AnyNull(a))
        {
            return CypherValue.Null;
        }

        var value = Arguments.Number(a, 0, "round");
        if (a.Length == 1)
        {
            // Halves round toward positive infinity, like Java's Math.round.
            return CypherValue.Float(double.IsFinite(value) ? Math.Floor(value + 0.5) : value);
        }

        var precision = Arguments.Integer(a, 1, "round");
        var mode = a.Length > 2 ? Arguments.String(a, 2, "round") : "HALF_UP";
        return CypherValue.Float(RoundingModes.Round(value, precision, mode));
    }
}
