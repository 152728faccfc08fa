namespace Graph.Cypher.Values.Functions;

/// <summary>sin, cos, tan, cot, asin, acos, atan, atan2, degrees, radians, haversin.</summary>
internal static class TrigonometricFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Register("sin", 1, 1, (a, _) => MathFunctions.Unary(a, "sin", Math.Sin));
        registry.Register("cos", 1, 1, (a, _) => MathFunctions.Unary(a, "cos", Math.Cos));
        registry.Register("tan", 1, 1, (a, _) => MathFunctions.Unary(a, "tan", Math.Tan));
        registry.Register("cot", 1, 1, (a, _) => MathFunctions.Unary(a, "cot", x => 1 / Math.Tan(x)));
        registry.Register("asin", 1, 1, (a, _) => MathFunctions.Unary(a, "asin", Math.Asin));
        registry.Register("acos", 1, 1, (a, _) => MathFunctions.Unary(a, "acos", Math.Acos));
        registry.Register("atan", 1, 1, (a, _) => MathFunctions.Unary(a, "atan", Math.Atan));
        registry.Register("atan2", 2, 2, (a, _) => Arguments.AnyNull(a)
            ? CypherValue.Null
            : CypherValue.Float(Math.Atan2(Arguments.Number(a, 0, "atan2"), Arguments.Number(a, 1, "atan2"))));
        registry.Register("degrees", 1, 1, (a, _) => MathFunctions.Unary(a, "degrees", x => x * 180 / Math.PI));
        registry.Register("radians", 1, 1, (a, _) => MathFunctions.Unary(a, "radians", x => x * Math.PI / 180));
        registry.Register("haversin", 1, 1, (a, _) => MathFunctions.Unary(a, "haversin", x => (1 - Math.Cos(x)) / 2));
    }
}
