namespace Graph.Records.Issues;

/// <summary>Counts issues by severity and code for the load summary, passing each on to an optional inner sink.</summary>
public sealed class CountingIssueSink : IRecordIssueSink
{
    private readonly IRecordIssueSink? _inner;
    private readonly Dictionary<string, long> _byCode = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _errors;
    private long _warnings;

    public CountingIssueSink(IRecordIssueSink? inner = null) => _inner = inner;

    public long Errors => Interlocked.Read(ref _errors);

    public long Warnings => Interlocked.Read(ref _warnings);

    public long Total => Errors + Warnings;

    public void Report(RecordIssue issue)
    {
        Interlocked.Increment(ref issue.Severity == IssueSeverity.Error ? ref _errors : ref _warnings);
        lock (_lock)
        {
            _byCode[issue.Code] = _byCode.GetValueOrDefault(issue.Code) + 1;
        }

        _inner?.Report(issue);
    }

    public long Count(string code)
    {
        lock (_lock)
        {
            return _byCode.GetValueOrDefault(code);
        }
    }

    /// <summary>A snapshot of the counts per code, ordered by code.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> ByCode()
    {
        lock (_lock)
        {
            return [.. _byCode.OrderBy(p => p.Key, StringComparer.Ordinal)];
        }
    }
}
