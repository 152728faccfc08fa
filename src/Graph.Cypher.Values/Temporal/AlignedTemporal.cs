namespace Graph.Cypher.Values.Temporal;

/// <summary>A temporal operand of duration.between after alignment: a wall-clock date-time, optionally in a zone.</summary>
internal readonly record struct AlignedTemporal(CypherLocalDateTime Local, CypherZone? Zone)
{
    /// <summary>Seconds on the instant line when zoned, on the local line otherwise.</summary>
    public long EpochSecond => Zone is null ? Local.EpochSecond : CypherDateTime.FromLocal(Local, Zone.Value).EpochSecond;

    public int Nano => Local.Nanosecond;

    public AlignedTemporal PlusCalendar(long months, long days) =>
        this with { Local = new CypherLocalDateTime(Local.Date.PlusMonths(months).PlusDays(days), Local.Time) };
}
