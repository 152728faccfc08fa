using Graph.Records.Dataset;
using Graph.Records.Issues;
using Graph.Records.Rows;

namespace Graph.Records.Tests.Dataset;

public sealed class DatasetFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("records-discovery-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Files_are_found_by_base_name_in_load_order_with_split_parts_and_any_case()
    {
        Touch("cases.csv", "bids.jsonl", "companies-2.csv", "Companies-1.CSV", "persons.ndjson", "case_parties.csv",
            "relations.csv", "company_people.csv", "insurance_claims-a.ndjson");

        var folder = DatasetFolder.Discover(_dir);

        Assert.Empty(folder.Issues);
        Assert.Equal(
            ["Companies-1.CSV", "companies-2.csv", "persons.ndjson", "company_people.csv", "relations.csv", "cases.csv",
             "case_parties.csv", "bids.jsonl", "insurance_claims-a.ndjson"],
            folder.Files.Select(f => f.Name));
        Assert.Equal(RecordFormat.JsonLines, folder.Files.Single(f => f.Name == "bids.jsonl").Format);
        Assert.Equal(RecordKind.CompanyPeople, folder.Files.Single(f => f.Name == "company_people.csv").Kind);
        Assert.Equal(2, folder.FilesOf(RecordKind.Companies).Count());
    }

    [Fact]
    public void Other_entries_are_reported_not_ignored()
    {
        Touch("cases.csv", "README.md", "cases.xlsx", "companies_old.csv", "lawsuits.csv", ".hidden");
        Directory.CreateDirectory(Path.Combine(_dir, "archive"));

        var folder = DatasetFolder.Discover(_dir);
        var sink = new ListIssueSink();
        folder.ReportIssues(sink);

        Assert.Equal(["cases.csv"], folder.Files.Select(f => f.Name));
        Assert.Equal(
            [".hidden", "README.md", "archive", "cases.xlsx", "companies_old.csv", "lawsuits.csv"],
            sink.Issues.Select(i => i.File));
        Assert.All(sink.Issues, i => Assert.Equal((RecordErrorCodes.UnrecognisedFile, IssueSeverity.Warning), (i.Code, i.Severity)));
    }

    [Fact]
    public void A_discovered_file_opens_and_reads_with_its_length_as_progress_total()
    {
        File.WriteAllText(Path.Combine(_dir, "persons.csv"), "id_number,name\n360426199101010071,张三\n");
        var file = Assert.Single(DatasetFolder.Discover(_dir).Files);
        var sink = new ListIssueSink();

        using var reader = Records.Reading.RecordFileReader.Open(file, sink);
        Assert.Equal(0, reader.Progress);
        var rows = reader.ReadRows().ToList();

        Assert.Equal("persons.csv:2", Assert.Single(rows).Source);
        Assert.Equal(file.Length, reader.BytesRead);
        Assert.Equal(1, reader.Progress);
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_reported_and_reading_goes_on()
    {
        var missing = new DatasetFile(RecordKind.Cases, RecordFormat.Csv, Path.Combine(_dir, "cases.csv"), "cases.csv", 10);
        var sink = new ListIssueSink();

        using var reader = Records.Reading.RecordFileReader.Open(missing, sink);
        Assert.Empty(reader.ReadRows());

        var issue = Assert.Single(sink.Issues);
        Assert.Equal((RecordErrorCodes.UnreadableFile, IssueSeverity.Error, "cases.csv"), (issue.Code, issue.Severity, issue.File));
    }

    private void Touch(params string[] names)
    {
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(_dir, name), "");
        }
    }
}
