using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Functions;

/// <summary>duration(), duration.between/inMonths/inDays/inSeconds, datetime.fromepoch/fromepochmillis, timestamp().</summary>
internal static class TemporalHelperFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Register("duration", 1, 1, Duration);
        registry.Register("duration.between", 2, 2, (a, _) => Between(a, DurationBetween.Between));
        registry.Register("duration.inMonths", 2, 2, (a, _) => Between(a, DurationBetween.InMonths));
        registry.Register("duration.inDays", 2, 2, (a, _) => Between(a, DurationBetween.InDays));
        registry.Register("duration.inSeconds", 2, 2, (a, _) => Between(a, DurationBetween.InSeconds));
        registry.Register("datetime.fromepoch", 2, 2, FromEpoch);
        registry.Register("datetime.fromepochmillis", 1, 1, FromEpochMillis);
        registry.Register("timestamp", 0, 0, (_, c) => CypherValue.Integer(c.StatementTime.ToUnixTimeMilliseconds()), deterministic: false);
    }

    private static CypherValue Duration(ReadOnlySpan<CypherValue> a, FunctionContext context) => a[0].Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.String => CypherValue.Duration(TemporalParser.ParseDuration(a[0].AsString)),
        CypherValueKind.Map => CypherValue.Duration(DurationMap.Build(a[0].AsMap)),
        CypherValueKind.Duration => a[0],
        _ => throw Fail.ArgumentType("duration", a[0]),
    };

    private static CypherValue Between(ReadOnlySpan<CypherValue> a, Func<CypherValue, CypherValue, CypherDuration> measure) =>
        Arguments.AnyNull(a) ? CypherValue.Null : CypherValue.Duration(measure(a[0], a[1]));

    private static CypherValue FromEpoch(ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        if (Arguments.AnyNull(a))
        {
            return CypherValue.Null;
        }

        var seconds = Arguments.Integer(a, 0, "datetime.fromepoch");
        var nanos = Arguments.Integer(a, 1, "datetime.fromepoch");
        var total = seconds + CalendarMath.FloorDiv(nanos, CalendarMath.NanosPerSecond);
        return CypherValue.DateTime(CypherDateTime.FromInstant(total, (int)CalendarMath.FloorMod(nanos, CalendarMath.NanosPerSecond), context.DefaultZone));
    }

    private static CypherValue FromEpochMillis(ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        if (a[0].IsNull)
        {
            return CypherValue.Null;
        }

        var millis = Arguments.Integer(a, 0, "datetime.fromepochmillis");
        return CypherValue.DateTime(CypherDateTime.FromInstant(
            CalendarMath.FloorDiv(millis, 1000), (int)(CalendarMath.FloorMod(millis, 1000) * 1_000_000), context.DefaultZone));
    }
}
