using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>What a temporal value contributes when it is the base of a construction: date, time, zone and the offset in force.</summary>
internal readonly record struct TemporalParts(CypherDate? Date, CypherLocalTime? Time, CypherZone? Zone, int? Offset)
{
    public static TemporalParts Of(CypherValue value) => value.Kind switch
    {
        CypherValueKind.Date => new(value.AsDate, null, null, null),
        CypherValueKind.LocalTime => new(null, value.AsLocalTime, null, null),
        CypherValueKind.Time => new(null, value.AsTime.LocalTime, CypherZone.Fixed(value.AsTime.OffsetSeconds), value.AsTime.OffsetSeconds),
        CypherValueKind.LocalDateTime => new(value.AsLocalDateTime.Date, value.AsLocalDateTime.Time, null, null),
        CypherValueKind.DateTime => FromDateTime(value.AsDateTime),
        _ => throw Fail.Type($"Expected a temporal value but got a {value.TypeName}"),
    };

    private static TemporalParts FromDateTime(CypherDateTime dateTime)
    {
        var local = dateTime.LocalDateTime;
        return new(local.Date, local.Time, dateTime.Zone, dateTime.OffsetSeconds);
    }
}
