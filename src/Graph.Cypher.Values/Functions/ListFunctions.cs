using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Functions;

/// <summary>size, head, last, tail, range, reverse, coalesce, isEmpty.</summary>
internal static class ListFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Register("size", 1, 1, Size);
        registry.Register("head", 1, 1, (a, _) => a[0].IsNull ? CypherValue.Null : List(a, "head") is { Count: > 0 } l ? l[0] : CypherValue.Null);
        registry.Register("last", 1, 1, (a, _) => a[0].IsNull ? CypherValue.Null : List(a, "last") is { Count: > 0 } l ? l[^1] : CypherValue.Null);
        registry.Register("tail", 1, 1, Tail);
        registry.Register("range", 2, 3, Range);
        registry.Register("reverse", 1, 1, Reverse);
        registry.Register("coalesce", 1, int.MaxValue, Coalesce);
        registry.Register("isEmpty", 1, 1, IsEmpty);
    }

    private static CypherList List(ReadOnlySpan<CypherValue> a, string function) =>
        a[0].Kind == CypherValueKind.List ? a[0].AsList : throw Fail.ArgumentType(function, a[0]);

    private static CypherValue Size(ReadOnlySpan<CypherValue> a, FunctionContext context) => a[0].Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.String => CypherValue.Integer(CodePoints.Count(a[0].AsString)),
        CypherValueKind.List => CypherValue.Integer(a[0].AsList.Count),
        _ => throw Fail.ArgumentType("size", a[0]),
    };

    private static CypherValue Tail(ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        if (a[0].IsNull)
        {
            return CypherValue.Null;
        }

        var list = List(a, "tail");
        return CypherValue.List(list.Count == 0 ? CypherList.Empty : list.Slice(1, list.Count - 1));
    }

    private static CypherValue Range(ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        var start = Arguments.Integer(a, 0, "range");
        var end = Arguments.Integer(a, 1, "range");
        var step = a.Length > 2 ? Arguments.Integer(a, 2, "range") : 1;
        if (step == 0)
        {
            throw Fail.Range("range: step must not be zero");
        }

        // Int128 keeps end - start exact even across the whole long range.
        var span = (Int128)end - start;
        var count = span == 0 || Int128.Sign(span) == Math.Sign(step) ? (span / step) + 1 : 0;
        if (count > Array.MaxLength)
        {
            throw Fail.Range("range: too many elements");
        }

        var items = new CypherValue[(int)count];
        for (long i = 0; i < count; i++)
        {
            items[i] = CypherValue.Integer(start + (i * step));
        }

        return CypherValue.List(items);
    }

    private static CypherValue Reverse(ReadOnlySpan<CypherValue> a, FunctionContext context) => a[0].Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.String => CypherValue.String(StringFunctions.Reverse(a[0].AsString)),
        CypherValueKind.List => CypherValue.List(a[0].AsList.Reverse().ToArray()),
        _ => throw Fail.ArgumentType("reverse", a[0]),
    };

    private static CypherValue Coalesce(ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        foreach (var value in a)
        {
            if (!value.IsNull)
            {
                return value;
            }
        }

        return CypherValue.Null;
    }

    private static CypherValue IsEmpty(ReadOnlySpan<CypherValue> a, FunctionContext context) => a[0].Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.String => a[0].AsString.Length == 0,
        CypherValueKind.List => a[0].AsList.Count == 0,
        CypherValueKind.Map => a[0].AsMap.Count == 0,
        _ => throw Fail.ArgumentType("isEmpty", a[0]),
    };
}
