namespace Graph.Records.Reading;

public sealed record RecordReaderOptions
{
    public static RecordReaderOptions Default { get; } = new();

    /// <summary>
    /// Longest row (CSV, including quoted newlines) or line (JSON) in bytes. It bounds the reader's memory and
    /// how far an unterminated quote can run before the row is rejected and reading resumes on the next line.
    /// </summary>
    public int MaxRowBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Initial read buffer; it grows (up to <see cref="MaxRowBytes"/>) only for rows that do not fit.</summary>
    public int BufferBytes { get; init; } = 64 * 1024;
}
