using System.Globalization;
using System.Text;

namespace Graph.Records.Issues;

/// <summary>
/// Streams issues to a CSV file (<c>file,line,column,field,code,severity,message,raw</c>) as they are
/// reported, so a load with millions of rejects never holds them in memory.
/// </summary>
public sealed class RejectsFileWriter : IRecordIssueSink, IDisposable
{
    public const string Header = "file,line,column,field,code,severity,message,raw";

    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly Lock _lock = new();
    private readonly StringBuilder _line = new();

    public RejectsFileWriter(string path)
        : this(new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)), ownsWriter: true)
    {
    }

    public RejectsFileWriter(TextWriter writer, bool ownsWriter = false)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
        _writer.Write(Header);
        _writer.Write('\n');
    }

    public long Written { get; private set; }

    public void Report(RecordIssue issue)
    {
        lock (_lock)
        {
            _line.Clear();
            Append(issue.File).Append(',');
            _line.Append(issue.Line.ToString(CultureInfo.InvariantCulture)).Append(',');
            _line.Append(issue.Column?.ToString(CultureInfo.InvariantCulture)).Append(',');
            Append(issue.Field).Append(',');
            Append(issue.Code).Append(',');
            _line.Append(issue.Severity == IssueSeverity.Error ? "error" : "warning").Append(',');
            Append(issue.Message).Append(',');
            Append(issue.Raw).Append('\n');
            _writer.Write(_line);
            Written++;
        }
    }

    public void Flush()
    {
        lock (_lock)
        {
            _writer.Flush();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _writer.Flush();
            if (_ownsWriter)
            {
                _writer.Dispose();
            }
        }
    }

    private StringBuilder Append(string? value)
    {
        if (value is null)
        {
            return _line;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return _line.Append(value);
        }

        return _line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
