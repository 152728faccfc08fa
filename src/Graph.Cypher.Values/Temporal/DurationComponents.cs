namespace Graph.Cypher.Values.Temporal;

/// <summary>The named parts a duration can be given in, each possibly fractional.</summary>
internal sealed class DurationComponents
{
    public decimal Years { get; set; }

    public decimal Quarters { get; set; }

    public decimal Months { get; set; }

    public decimal Weeks { get; set; }

    public decimal Days { get; set; }

    public decimal Hours { get; set; }

    public decimal Minutes { get; set; }

    public decimal Seconds { get; set; }

    public decimal Milliseconds { get; set; }

    public decimal Microseconds { get; set; }

    public decimal Nanoseconds { get; set; }
}
