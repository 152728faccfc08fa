using CsCheck;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Tests.Support;

/// <summary>Random Cypher values of every kind, with small domains so that ties and equal values are common.</summary>
internal static class ValueGen
{
    public static readonly Gen<CypherDate> Date = Gen.Long[-1_000_000, 1_000_000].Select(d => new CypherDate(d));

    public static readonly Gen<CypherLocalTime> LocalTime = Gen.Long[0, 86_399_999_999_999].Select(n => new CypherLocalTime(n));

    public static readonly Gen<int> Offset = Gen.Int[-18 * 3600, 18 * 3600];

    public static readonly Gen<CypherDuration> Duration = Gen.Select(Gen.Long[-5000, 5000], Gen.Long[-5000, 5000], Gen.Long[-10_000_000, 10_000_000], Gen.Long[-1_999_999_999, 1_999_999_999],
        (m, d, s, n) => new CypherDuration(m, d, s, n));

    public static readonly Gen<CypherDateTime> DateTime = Gen.Select(Gen.Long[-5_000_000_000, 5_000_000_000], Gen.Int[0, 999_999_999],
        Gen.OneOf<string?>(null, null, null, "Europe/Stockholm", "America/New_York", "Asia/Shanghai", "Australia/Eucla"), Offset,
        (s, n, zone, offset) => CypherDateTime.FromInstant(s, n, zone is null ? CypherZone.Fixed(offset) : CypherZone.Named(zone)));

    public static readonly Gen<CypherValue> Scalar = Gen.OneOf(
        Gen.Const(CypherValue.Null),
        Gen.Bool.Select(CypherValue.Boolean),
        Gen.Long[-3, 3].Select(CypherValue.Integer),
        Gen.Long.Select(CypherValue.Integer),
        Gen.Double.Select(CypherValue.Float),
        Gen.OneOf(-1.0, 0.0, 1.0, 2.5, double.NaN, double.PositiveInfinity).Select(CypherValue.Float),
        Gen.String[Gen.Char["abAB"], 0, 3].Select(s => CypherValue.String(s)),
        Gen.Int[0, 5].Select(CypherValue.Node),
        Gen.Int[0, 5].Select(CypherValue.Relationship),
        Date.Select(CypherValue.Date),
        LocalTime.Select(CypherValue.LocalTime),
        Gen.Select(LocalTime, Offset, (t, o) => CypherValue.Time(new CypherTime(t.NanoOfDay, o))),
        Gen.Select(Date, LocalTime, (d, t) => CypherValue.LocalDateTime(new CypherLocalDateTime(d, t))),
        DateTime.Select(CypherValue.DateTime),
        Duration.Select(CypherValue.Duration));

    public static readonly Gen<CypherValue> Value = Gen.Frequency(
        (6, Scalar),
        (2, Scalar.Array[0, 3].Select(items => CypherValue.List(items))),
        (1, Gen.Select(Gen.OneOf("a", "b", "c"), Scalar).Array[0, 3]
            .Select(entries => CypherValue.Map(new CypherMap(entries.Select(e => new KeyValuePair<string, CypherValue>(e.Item1, e.Item2)))))),
        (1, Gen.Int[0, 3].Array[1, 3].Select(nodes => CypherValue.Path(new CypherPath(nodes, nodes.Skip(1).ToArray())))));
}
