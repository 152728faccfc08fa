namespace Graph.Records.Issues;

/// <summary>Keeps every issue in memory: for tests and small datasets, not for a load of millions of rows.</summary>
public sealed class ListIssueSink : IRecordIssueSink
{
    private readonly List<RecordIssue> _issues = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<RecordIssue> Issues
    {
        get
        {
            lock (_lock)
            {
                return [.. _issues];
            }
        }
    }

    public void Report(RecordIssue issue)
    {
        lock (_lock)
        {
            _issues.Add(issue);
        }
    }
}
