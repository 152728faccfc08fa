using Graph.Records.Issues;
using Graph.Records.Rows;
using Graph.Records.Schema;

namespace Graph.Records.Dataset;

/// <summary>
/// The record files of a dataset folder in load order (<see cref="RecordSchemas.LoadOrder"/>, then by file name),
/// with a REC020 warning for every other entry so nothing in the folder is silently ignored.
/// </summary>
public sealed class DatasetFolder
{
    private DatasetFolder(string directory, IReadOnlyList<DatasetFile> files, IReadOnlyList<RecordIssue> issues)
    {
        Directory = directory;
        Files = files;
        Issues = issues;
    }

    public string Directory { get; }

    public IReadOnlyList<DatasetFile> Files { get; }

    /// <summary>REC020 warnings for unrecognised entries; pass them on with <see cref="ReportIssues"/>.</summary>
    public IReadOnlyList<RecordIssue> Issues { get; }

    public IEnumerable<DatasetFile> FilesOf(RecordKind kind) => Files.Where(f => f.Kind == kind);

    public void ReportIssues(IRecordIssueSink sink)
    {
        foreach (var issue in Issues)
        {
            sink.Report(issue);
        }
    }

    /// <summary>Lists <paramref name="directory"/> (not its subfolders). Throws when the folder does not exist.</summary>
    public static DatasetFolder Discover(string directory)
    {
        var files = new List<DatasetFile>();
        var issues = new List<RecordIssue>();
        var folder = new DirectoryInfo(directory);
        foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry is FileInfo file && DatasetFileName.TryParse(file.Name, out var kind, out var format))
            {
                files.Add(new DatasetFile(kind, format, file.FullName, file.Name, file.Length));
                continue;
            }

            var what = entry is DirectoryInfo ? "a folder (subfolders are not read)" : "expected <kind>[-part].csv|ndjson|jsonl";
            issues.Add(RecordIssue.Create(RecordErrorCodes.UnrecognisedFile, entry.Name, 0, detail: what));
        }

        var ordered = files
            .OrderBy(f => LoadRank(f.Kind))
            .ThenBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        return new DatasetFolder(folder.FullName, ordered, issues);
    }

    private static int LoadRank(RecordKind kind)
    {
        for (var i = 0; i < RecordSchemas.LoadOrder.Count; i++)
        {
            if (RecordSchemas.LoadOrder[i] == kind)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
