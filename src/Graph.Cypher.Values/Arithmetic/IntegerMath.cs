using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Arithmetic;

/// <summary>64-bit integer operations that report overflow as a Cypher error, without closures or exceptions on the happy path.</summary>
internal static class IntegerMath
{
    public static long Add(long a, long b)
    {
        var result = unchecked(a + b);
        return ((a ^ result) & (b ^ result)) < 0 ? throw Overflow("+") : result;
    }

    public static long Subtract(long a, long b)
    {
        var result = unchecked(a - b);
        return ((a ^ b) & (a ^ result)) < 0 ? throw Overflow("-") : result;
    }

    public static long Multiply(long a, long b)
    {
        var high = Math.BigMul(a, b, out var low);
        return high != (low >> 63) ? throw Overflow("*") : low;
    }

    public static long Divide(long a, long b)
    {
        if (b == 0)
        {
            throw new CypherRuntimeException(CypherError.DivisionByZero("/ by zero"));
        }

        return a == long.MinValue && b == -1 ? throw Overflow("/") : a / b;
    }

    public static long Negate(long a) => a == long.MinValue ? throw Overflow("-") : -a;

    private static CypherRuntimeException Overflow(string symbol) => Fail.Overflow($"Integer overflow in '{symbol}'");
}
