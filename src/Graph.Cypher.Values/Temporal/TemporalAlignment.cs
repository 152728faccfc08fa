using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Brings two temporal values of possibly different kinds onto one comparable footing for duration.between.</summary>
internal static class TemporalAlignment
{
    public static (AlignedTemporal Start, AlignedTemporal End, bool HasDates) Align(CypherValue from, CypherValue to)
    {
        if (from.Kind == CypherValueKind.Duration || to.Kind == CypherValueKind.Duration || !from.IsTemporal || !to.IsTemporal)
        {
            throw Fail.Type($"duration.between expects two temporal instants, got {from.TypeName} and {to.TypeName}");
        }

        var a = TemporalParts.Of(from);
        var b = TemporalParts.Of(to);
        var timeOnly = a.Date is null || b.Date is null;
        var dateA = a.Date ?? b.Date ?? new CypherDate(0);
        var dateB = b.Date ?? a.Date ?? new CypherDate(0);
        var zoneA = a.Zone ?? b.Zone;
        var zoneB = b.Zone ?? a.Zone;
        var start = new AlignedTemporal(new CypherLocalDateTime(dateA, a.Time ?? default), zoneA);
        var end = new AlignedTemporal(new CypherLocalDateTime(dateB, b.Time ?? default), zoneB);
        if (zoneA is not null && zoneB is not null && zoneA != zoneB)
        {
            // View the end in the start's zone so calendar units count on one wall clock.
            var instant = CypherDateTime.FromLocal(end.Local, zoneB.Value).WithZoneSameInstant(zoneA.Value);
            end = new AlignedTemporal(instant.LocalDateTime, zoneA);
        }

        return (start, end, !timeOnly);
    }
}
