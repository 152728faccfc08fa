namespace Graph.Records.Issues;

/// <summary>
/// One problem found while reading a dataset. <see cref="Line"/> is the 1-based line where the row
/// starts (0 for a problem with the whole file); <see cref="Column"/> is a 1-based byte position in
/// that line when the problem has one (CSV quoting, JSON syntax), as JSON readers count.
/// </summary>
public sealed record RecordIssue(
    string File,
    int Line,
    int? Column,
    string? Field,
    string Code,
    IssueSeverity Severity,
    string Message,
    string? Raw)
{
    /// <summary>Longest raw excerpt kept: enough to find the row, small enough for a rejects file of millions.</summary>
    public const int MaxRawLength = 200;

    /// <summary>Builds an issue whose severity and message come from <see cref="RecordErrorCodes"/>.</summary>
    public static RecordIssue Create(
        string code, string file, int line, int? column = null, string? field = null, string? detail = null, string? raw = null)
    {
        var description = RecordErrorCodes.Describe(code);
        var message = detail is null ? description.Message : $"{description.Message}: {detail}";
        return new RecordIssue(file, line, column, field, code, description.Severity, message, Excerpt(raw));
    }

    public static string? Excerpt(string? raw) =>
        raw is null || raw.Length <= MaxRawLength ? raw : string.Concat(raw.AsSpan(0, MaxRawLength), "…");
}
