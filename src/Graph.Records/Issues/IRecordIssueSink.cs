namespace Graph.Records.Issues;

/// <summary>Receives every issue the readers find. Implementations must be safe to call from several readers at once.</summary>
public interface IRecordIssueSink
{
    void Report(RecordIssue issue);
}
