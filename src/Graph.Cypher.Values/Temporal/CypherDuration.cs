namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// A Cypher duration: months, days and seconds are kept apart because their lengths vary
/// (a month is not a fixed number of days, a day not always 86,400 s). Nanos are normalised into [0, 1e9).
/// </summary>
public readonly record struct CypherDuration
{
    public CypherDuration(long months, long days, long seconds, long nanos)
    {
        Months = months;
        Days = days;
        Seconds = checked(seconds + CalendarMath.FloorDiv(nanos, CalendarMath.NanosPerSecond));
        Nanos = (int)CalendarMath.FloorMod(nanos, CalendarMath.NanosPerSecond);
    }

    public static CypherDuration Zero { get; } = new(0, 0, 0, 0);

    public long Months { get; }

    public long Days { get; }

    public long Seconds { get; }

    public int Nanos { get; }

    public static CypherDuration operator +(CypherDuration a, CypherDuration b) =>
        new(checked(a.Months + b.Months), checked(a.Days + b.Days), checked(a.Seconds + b.Seconds), (long)a.Nanos + b.Nanos);

    public static CypherDuration operator -(CypherDuration a, CypherDuration b) =>
        new(checked(a.Months - b.Months), checked(a.Days - b.Days), checked(a.Seconds - b.Seconds), (long)a.Nanos - b.Nanos);

    public static CypherDuration operator -(CypherDuration a) => Zero - a;

    public CypherDuration Negate() => -this;

    public CypherDuration Add(CypherDuration other) => this + other;

    public CypherDuration Subtract(CypherDuration other) => this - other;

    public CypherDuration MultiplyBy(long factor) =>
        new(checked(Months * factor), checked(Days * factor), checked(Seconds * factor), checked(Nanos * factor));

    /// <summary>Scales by a fraction; parts of a month spill into days, of a day into seconds, as openCypher prescribes.</summary>
    public CypherDuration Scale(decimal factor) =>
        DurationBuilder.FromFractions(Months * factor, Days * factor, Seconds * factor, Nanos * factor);

    /// <summary>Divides each component, spilling remainders down as <see cref="Scale"/> does (exact for whole quotients).</summary>
    public CypherDuration DivideBy(decimal divisor) =>
        DurationBuilder.FromFractions(Months / divisor, Days / divisor, Seconds / divisor, Nanos / divisor);

    public override string ToString() => DurationFormat.Format(this);
}
