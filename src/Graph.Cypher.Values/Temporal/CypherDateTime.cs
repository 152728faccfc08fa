namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// An instant with the zone it is shown in: a fixed offset, or an IANA zone id whose offset at
/// that instant is <see cref="OffsetSeconds"/>.
/// </summary>
public readonly record struct CypherDateTime(long EpochSecond, int Nano, int OffsetSeconds, string? ZoneId)
{
    public CypherZone Zone => ZoneId is null ? CypherZone.Fixed(OffsetSeconds) : CypherZone.Named(ZoneId);

    public CypherLocalDateTime LocalDateTime => CypherLocalDateTime.FromEpochSecond(EpochSecond + OffsetSeconds, Nano);

    /// <summary>Places a wall-clock time in a zone; a time in a DST gap moves forward, an overlap takes the earlier offset.</summary>
    public static CypherDateTime FromLocal(CypherLocalDateTime local, CypherZone zone)
    {
        var (offset, localSecond) = zone.ResolveLocal(local.EpochSecond);
        return new(localSecond - offset, local.Nanosecond, offset, zone.Id);
    }

    public static CypherDateTime FromInstant(long epochSecond, int nano, CypherZone zone) =>
        new(epochSecond, nano, zone.OffsetAt(epochSecond), zone.Id);

    public CypherDateTime WithZoneSameInstant(CypherZone zone) => FromInstant(EpochSecond, Nano, zone);

    public int CompareTo(CypherDateTime other)
    {
        var bySecond = EpochSecond.CompareTo(other.EpochSecond);
        if (bySecond != 0)
        {
            return bySecond;
        }

        var byNano = Nano.CompareTo(other.Nano);
        return byNano != 0 ? byNano : string.CompareOrdinal(Zone.ToString(), other.Zone.ToString());
    }

    public override string ToString() =>
        LocalDateTime + TemporalFormat.Offset(OffsetSeconds) + (ZoneId is null ? string.Empty : $"[{ZoneId}]");
}
