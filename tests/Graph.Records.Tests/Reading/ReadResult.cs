using Graph.Records.Issues;
using Graph.Records.Rows;

namespace Graph.Records.Tests.Reading;

internal sealed record ReadResult(
    IReadOnlyList<RecordRow> Rows, IReadOnlyList<RecordIssue> Issues, long Rejected, IReadOnlyList<string> ExtraColumns, double Progress)
{
    public IEnumerable<RecordIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);

    public IEnumerable<RecordIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);
}
