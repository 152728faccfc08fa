using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Functions;

/// <summary>
/// date, localtime, time, localdatetime, datetime with their .statement/.transaction/.realtime
/// clocks and .truncate; each takes nothing (now), a string, a map or another temporal.
/// </summary>
internal static class TemporalConstructorFunctions
{
    private static readonly (string Name, TemporalKind Kind)[] Constructors =
    [
        ("date", TemporalKind.Date), ("localtime", TemporalKind.LocalTime), ("time", TemporalKind.Time),
        ("localdatetime", TemporalKind.LocalDateTime), ("datetime", TemporalKind.DateTime),
    ];

    public static void Register(FunctionRegistry registry)
    {
        foreach (var (name, kind) in Constructors)
        {
            registry.Register(name, 0, 1, (a, c) => Construct(kind, a, c, c.StatementTime), deterministic: false);
            registry.Register(name + ".statement", 0, 1, (a, c) => Clock(kind, a, c, c.StatementTime), deterministic: false);
            registry.Register(name + ".transaction", 0, 1, (a, c) => Clock(kind, a, c, c.TransactionTime), deterministic: false);
            registry.Register(name + ".realtime", 0, 1, (a, c) => Clock(kind, a, c, c.Clock.GetUtcNow()), deterministic: false);
            registry.Register(name + ".truncate", 2, 3, (a, c) => Truncate(kind, a, c));
        }
    }

    public static CypherValue Construct(TemporalKind kind, ReadOnlySpan<CypherValue> a, FunctionContext context, DateTimeOffset now)
    {
        if (a.Length == 0)
        {
            return Now(kind, now, context.DefaultZone);
        }

        var argument = a[0];
        return argument.Kind switch
        {
            CypherValueKind.Null => CypherValue.Null,
            CypherValueKind.String => Parse(kind, argument.AsString),
            CypherValueKind.Map when IsOnlyTimezone(argument.AsMap) => Now(kind, now, CypherZone.Parse(TimezoneOf(argument.AsMap))),
            CypherValueKind.Map => TemporalBuilder.Build(kind, argument.AsMap, context.DefaultZone),
            _ when argument.IsTemporal && argument.Kind != CypherValueKind.Duration => TemporalBuilder.Build(kind, AsBase(argument), context.DefaultZone),
            _ => throw Fail.ArgumentType(kind.ToString().ToLowerInvariant(), argument),
        };
    }

    /// <summary>The clock variants read a string argument as a time zone, not as a temporal to parse.</summary>
    private static CypherValue Clock(TemporalKind kind, ReadOnlySpan<CypherValue> a, FunctionContext context, DateTimeOffset now) =>
        a.Length == 1 && a[0].Kind == CypherValueKind.String
            ? Now(kind, now, CypherZone.Parse(a[0].AsString))
            : Construct(kind, a, context, now);

    private static CypherValue Truncate(TemporalKind kind, ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        if (a[1].IsNull)
        {
            return CypherValue.Null;
        }

        var unit = Arguments.String(a, 0, "truncate");
        var overrides = a.Length > 2 && !a[2].IsNull ? a[2].AsMap : null;
        return TemporalTruncation.Truncate(kind, unit, a[1], overrides, context.DefaultZone);
    }

    private static CypherValue Parse(TemporalKind kind, string text) => kind switch
    {
        TemporalKind.Date => CypherValue.Date(TemporalParser.ParseDate(text)),
        TemporalKind.LocalTime => CypherValue.LocalTime(TemporalParser.ParseLocalTime(text)),
        TemporalKind.Time => CypherValue.Time(TemporalParser.ParseTime(text)),
        TemporalKind.LocalDateTime => CypherValue.LocalDateTime(TemporalParser.ParseLocalDateTime(text)),
        _ => CypherValue.DateTime(TemporalParser.ParseDateTime(text)),
    };

    private static CypherValue Now(TemporalKind kind, DateTimeOffset now, CypherZone zone)
    {
        var nanos = (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;
        var instant = CypherDateTime.FromInstant(
            CalendarMath.FloorDiv(nanos, CalendarMath.NanosPerSecond), (int)CalendarMath.FloorMod(nanos, CalendarMath.NanosPerSecond), zone);
        return TemporalBuilder.Build(kind, AsBase(CypherValue.DateTime(instant)), zone);
    }

    /// <summary>Wraps a temporal as the base of a map construction: date(x) is date({date: x}), and so on.</summary>
    private static CypherMap AsBase(CypherValue temporal)
    {
        var key = temporal.Kind switch
        {
            CypherValueKind.Date => "date",
            CypherValueKind.LocalTime or CypherValueKind.Time => "time",
            _ => "datetime",
        };
        return CypherMap.Of((key, temporal));
    }

    private static bool IsOnlyTimezone(CypherMap map) => map.Count == 1 && map.Keys.Single().Equals("timezone", StringComparison.OrdinalIgnoreCase);

    private static string TimezoneOf(CypherMap map) =>
        map.Values.Single() is { Kind: CypherValueKind.String } zone ? zone.AsString : throw Fail.Type("timezone must be a string");
}
