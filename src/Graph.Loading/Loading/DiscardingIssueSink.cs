using Graph.Records.Issues;

namespace Graph.Loading.Loading;

/// <summary>Pass 2 re-reads files pass 1 already reported on; their issues are dropped here so none is counted twice.</summary>
internal sealed class DiscardingIssueSink : IRecordIssueSink
{
    public static DiscardingIssueSink Instance { get; } = new();

    public void Report(RecordIssue issue)
    {
    }
}
