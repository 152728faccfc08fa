using Graph.Records.Dataset;
using Graph.Records.Issues;
using Graph.Records.Rows;
using Graph.Records.Schema;

namespace Graph.Records.Reading;

/// <summary>
/// Streams the rows of one record file. Every row read is either yielded (valid, perhaps with warnings) or
/// reported to the sink as rejected; an I/O failure is reported (REC021) and ends this file only.
/// <see cref="BytesRead"/> and <see cref="Progress"/> may be polled from another thread for a progress bar.
/// </summary>
public abstract class RecordFileReader : IDisposable
{
    private readonly Func<Stream> _open;
    private readonly List<FieldProblem> _problems = [];
    private Stream? _stream;
    private StreamWindow? _window;
    private bool _started;
    private bool _finished;
    private long _rowsYielded;
    private long _rowsRejected;
    private long _warnings;

    protected RecordFileReader(RecordKind kind, string fileName, Func<Stream> open, long length, IRecordIssueSink issues, RecordReaderOptions options)
    {
        Kind = kind;
        Schema = RecordSchemas.For(kind);
        FileName = fileName;
        Length = length;
        Issues = issues;
        Options = options;
        _open = open;
    }

    public RecordKind Kind { get; }

    public RecordSchema Schema { get; }

    /// <summary>The name written into rows (<see cref="RecordRow.File"/>) and issues.</summary>
    public string FileName { get; }

    /// <summary>File length in bytes (0 when unknown).</summary>
    public long Length { get; }

    /// <summary>Bytes taken from the file so far (runs slightly ahead of the rows yielded: it counts the read buffer).</summary>
    public long BytesRead => _window?.BytesRead ?? 0;

    /// <summary>0 to 1, for a progress bar.</summary>
    public double Progress => _finished ? 1 : Length > 0 ? Math.Min(1, (double)BytesRead / Length) : 0;

    public long RowsYielded => Interlocked.Read(ref _rowsYielded);

    /// <summary>Rows reported as errors and not yielded.</summary>
    public long RowsRejected => Interlocked.Read(ref _rowsRejected);

    /// <summary>Warnings reported for rows that were yielded.</summary>
    public long Warnings => Interlocked.Read(ref _warnings);

    /// <summary>
    /// CSV: header columns the schema does not name, known once the first row is read (their values are kept in
    /// <see cref="RecordRow.Fields"/>). JSON Lines has no header: use <see cref="RecordSchema.ExtraFields"/> per row.
    /// </summary>
    public IReadOnlyList<string> ExtraColumns { get; private protected set; } = [];

    protected IRecordIssueSink Issues { get; }

    protected RecordReaderOptions Options { get; }

    public static RecordFileReader Open(DatasetFile file, IRecordIssueSink issues, RecordReaderOptions? options = null) =>
        Create(file.Kind, file.Format, file.Name, () => File.OpenRead(file.Path), file.Length, issues, options);

    /// <summary>Reads from an open stream (tests, pipes); the reader disposes it.</summary>
    public static RecordFileReader Open(
        Stream stream, RecordKind kind, RecordFormat format, string fileName, IRecordIssueSink issues, RecordReaderOptions? options = null) =>
        Create(kind, format, fileName, () => stream, stream.CanSeek ? stream.Length : 0, issues, options);

    /// <summary>The valid rows, once: a reader is not rewound.</summary>
    public IEnumerable<RecordRow> ReadRows()
    {
        if (_started)
        {
            throw new InvalidOperationException($"{FileName} is already being read.");
        }

        _started = true;
        return Rows();
    }

    public void Dispose()
    {
        _finished = true;
        _stream?.Dispose();
        _stream = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>The next valid row, or null at the end of the data. Rejected rows are reported, not returned.</summary>
    private protected abstract RecordRow? ReadNext(StreamWindow window);

    /// <summary>Validates a built row, reports its problems and says whether to yield it.</summary>
    private protected bool Accept(RecordRow row, Func<string> rawExcerpt)
    {
        _problems.Clear();
        RowValidator.Validate(Schema, row, _problems);
        if (_problems.Count == 0)
        {
            return true;
        }

        var raw = rawExcerpt();
        var rejected = RowValidator.HasError(_problems);
        foreach (var problem in _problems)
        {
            var issue = RecordIssue.Create(problem.Code, FileName, row.Line, null, problem.Field, problem.Detail, raw);
            if (issue.Severity == IssueSeverity.Warning && !rejected)
            {
                Interlocked.Increment(ref _warnings);
            }

            Issues.Report(issue);
        }

        if (rejected)
        {
            Interlocked.Increment(ref _rowsRejected);
        }

        return !rejected;
    }

    /// <summary>Reports a row that could not be read at all.</summary>
    private protected void Reject(string code, int line, int? column, string detail, string? raw)
    {
        Interlocked.Increment(ref _rowsRejected);
        Issues.Report(RecordIssue.Create(code, FileName, line, column, null, detail, raw));
    }

    /// <summary>Reports a problem that is not one row's (the header); not counted as a rejected row.</summary>
    private protected void ReportFileIssue(string code, int line, int? column, string? field, string? detail, string? raw = null) =>
        Issues.Report(RecordIssue.Create(code, FileName, line, column, field, detail, raw));

    private static RecordFileReader Create(
        RecordKind kind, RecordFormat format, string fileName, Func<Stream> open, long length, IRecordIssueSink issues, RecordReaderOptions? options) =>
        format == RecordFormat.Csv
            ? new CsvRecordReader(kind, fileName, open, length, issues, options ?? RecordReaderOptions.Default)
            : new JsonLinesRecordReader(kind, fileName, open, length, issues, options ?? RecordReaderOptions.Default);

    private IEnumerable<RecordRow> Rows()
    {
        try
        {
            while (TryReadNext(out var row))
            {
                Interlocked.Increment(ref _rowsYielded);
                yield return row;
            }
        }
        finally
        {
            Dispose();
        }
    }

    private bool TryReadNext(out RecordRow row)
    {
        try
        {
            if (_window is null)
            {
                _stream = _open();
                _window = new StreamWindow(_stream, Options);
            }

            row = ReadNext(_window)!;
            return row is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ReportFileIssue(RecordErrorCodes.UnreadableFile, 0, null, null, ex.Message);
            row = null!;
            return false;
        }
    }
}
