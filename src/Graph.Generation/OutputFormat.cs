namespace Graph.Generation;

public enum OutputFormat
{
    /// <summary>Every file as CSV with a header row.</summary>
    Csv,

    /// <summary>Every file as NDJSON, one object per line.</summary>
    Ndjson,

    /// <summary>Most files CSV, a few high-volume ones NDJSON, so both readers are exercised together.</summary>
    Mixed,
}
