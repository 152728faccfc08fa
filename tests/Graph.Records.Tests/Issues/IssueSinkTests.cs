using Graph.Records.Issues;

namespace Graph.Records.Tests.Issues;

public class IssueSinkTests
{
    [Fact]
    public void The_counting_sink_counts_by_severity_and_code_and_passes_issues_on()
    {
        var inner = new ListIssueSink();
        var counts = new CountingIssueSink(inner);

        counts.Report(RecordIssue.Create(RecordErrorCodes.WrongType, "a.csv", 2));
        counts.Report(RecordIssue.Create(RecordErrorCodes.WrongType, "a.csv", 3));
        counts.Report(RecordIssue.Create(RecordErrorCodes.InvalidUscc, "a.csv", 4));

        Assert.Equal((2, 1, 3), (counts.Errors, counts.Warnings, counts.Total));
        Assert.Equal(2, counts.Count(RecordErrorCodes.WrongType));
        Assert.Equal(0, counts.Count(RecordErrorCodes.BrokenQuote));
        Assert.Equal([RecordErrorCodes.WrongType, RecordErrorCodes.InvalidUscc], counts.ByCode().Select(p => p.Key));
        Assert.Equal(3, inner.Issues.Count);
    }

    [Fact]
    public void The_counting_sink_is_safe_to_share_between_readers()
    {
        var counts = new CountingIssueSink();

        Parallel.For(0, 10_000, i => counts.Report(RecordIssue.Create(RecordErrorCodes.UnknownEnumValue, "a.csv", i)));

        Assert.Equal(10_000, counts.Warnings);
        Assert.Equal(10_000, counts.Count(RecordErrorCodes.UnknownEnumValue));
    }

    [Fact]
    public void Codes_are_unique_stable_and_described_once()
    {
        Assert.Equal(RecordErrorCodes.All.Count, RecordErrorCodes.All.Select(c => c.Code).Distinct().Count());
        Assert.All(RecordErrorCodes.All, c => Assert.Matches("^REC[0-9]{3}$", c.Code));
        Assert.Equal(IssueSeverity.Warning, RecordErrorCodes.Describe("REC010").Severity);
        Assert.Equal(IssueSeverity.Error, RecordErrorCodes.Describe("REC021").Severity);
        Assert.Throws<ArgumentException>(() => RecordErrorCodes.Describe("REC999"));
    }

    [Fact]
    public void Raw_excerpts_are_cut_short()
    {
        var issue = RecordIssue.Create(RecordErrorCodes.WrongColumnCount, "a.csv", 2, raw: new string('x', 1000));

        Assert.Equal(RecordIssue.MaxRawLength + 1, issue.Raw!.Length);
    }
}
