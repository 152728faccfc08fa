using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>A time zone: either a fixed UTC offset (Id is null) or an IANA region id.</summary>
public readonly record struct CypherZone(string? Id, int FixedOffsetSeconds)
{
    public static readonly CypherZone Utc = Fixed(0);

    public static CypherZone Fixed(int offsetSeconds) => new(null, offsetSeconds);

    public static CypherZone Named(string id) => new(id, 0);

    /// <summary>Parses a timezone argument such as '+01:00', 'Z' or 'Europe/Stockholm'.</summary>
    public static CypherZone Parse(string text)
    {
        if (OffsetParser.TryParse(text, out var offset))
        {
            return Fixed(offset);
        }

        return ZoneRulesCache.Exists(text) ? Named(text) : throw Fail.Value($"Invalid time zone: '{text}'");
    }

    public int OffsetAt(long epochSecond) => Id is null ? FixedOffsetSeconds : ZoneRulesCache.Get(Id).OffsetAt(epochSecond);

    public (int Offset, long LocalEpochSecond) ResolveLocal(long localEpochSecond) =>
        Id is null ? (FixedOffsetSeconds, localEpochSecond) : ZoneRulesCache.Get(Id).ResolveLocal(localEpochSecond);

    public override string ToString() => Id ?? TemporalFormat.Offset(FixedOffsetSeconds);
}
