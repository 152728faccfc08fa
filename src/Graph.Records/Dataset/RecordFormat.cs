namespace Graph.Records.Dataset;

public enum RecordFormat
{
    Csv,

    /// <summary>NDJSON / JSON Lines: one object per line.</summary>
    JsonLines,
}
