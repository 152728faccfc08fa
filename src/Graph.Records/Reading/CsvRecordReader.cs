using Graph.Records.Issues;
using Graph.Records.Rows;

namespace Graph.Records.Reading;

/// <summary>CSV record files: a header row names the columns; column order does not matter and extra columns are kept.</summary>
internal sealed class CsvRecordReader : RecordFileReader
{
    private CsvTokenizer? _tokenizer;
    private CsvValueDecoder? _decoder;
    private Func<string>? _rawExcerpt;
    private string[]? _header;
    private bool[]? _useColumn;
    private ColumnIndex? _columns;
    private bool _headerUnreadable;

    public CsvRecordReader(
        RecordKind kind, string fileName, Func<Stream> open, long length, IRecordIssueSink issues, RecordReaderOptions options)
        : base(kind, fileName, open, length, issues, options)
    {
    }

    private protected override RecordRow? ReadNext(StreamWindow window)
    {
        if (_tokenizer is null)
        {
            _tokenizer = new CsvTokenizer(window);
            _rawExcerpt = _tokenizer.RawExcerpt;
            _headerUnreadable = !ReadHeader(_tokenizer);
        }

        if (_headerUnreadable)
        {
            return null;
        }

        var header = _header!;
        while (true)
        {
            switch (_tokenizer.Read())
            {
                case CsvReadResult.EndOfData:
                    return null;
                case CsvReadResult.Broken:
                    var problem = _tokenizer.Problem!;
                    Reject(problem.Code, _tokenizer.RowLine, problem.Column, problem.Detail, problem.Raw);
                    continue;
            }

            if (_tokenizer.FieldCount != header.Length)
            {
                RejectColumnCount(_tokenizer, header.Length);
                continue;
            }

            var row = new RecordRow(Kind, FileName, _tokenizer.RowLine, BuildFields(_tokenizer, header));
            if (Accept(row, _rawExcerpt!))
            {
                return row;
            }
        }
    }

    private RowFields BuildFields(CsvTokenizer tokenizer, string[] header)
    {
        var values = new string?[header.Length];
        var count = 0;
        for (var i = 0; i < header.Length; i++)
        {
            var field = tokenizer.Field(i);
            if (field.Length > 0 && _useColumn![i])
            {
                values[i] = _decoder!.Decode(i, tokenizer.Bytes(field), field.HasEscapedQuotes);
                count++;
            }
        }

        return new RowFields(_columns!, values, count);
    }

    private void RejectColumnCount(CsvTokenizer tokenizer, int expected)
    {
        var raw = tokenizer.RawExcerpt();
        var detail = $"{tokenizer.FieldCount} fields, the header has {expected}";
        if (tokenizer.IsMultiLine)
        {
            // A stray quote joins lines into one row far more often than a real multi-line value sits in a
            // row of the wrong width, so re-read the joined lines: each then loads or is reported on its own.
            detail += "; the row spans several lines, reading resumes at its second line";
            tokenizer.ResyncAfterFirstLine();
        }

        Reject(RecordErrorCodes.WrongColumnCount, tokenizer.RowLine, null, detail, raw);
    }

    private bool ReadHeader(CsvTokenizer tokenizer)
    {
        switch (tokenizer.Read())
        {
            case CsvReadResult.EndOfData:
                _header = [];
                return false;
            case CsvReadResult.Broken:
                var problem = tokenizer.Problem!;
                ReportFileIssue(RecordErrorCodes.UnreadableHeader, tokenizer.RowLine, problem.Column, null, problem.Detail, problem.Raw);
                return false;
        }

        var header = new string[tokenizer.FieldCount];
        _useColumn = new bool[header.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var field = tokenizer.Field(i);
            header[i] = Schema.CanonicalName(CsvValueDecoder.DecodeOnce(tokenizer.Bytes(field), field.HasEscapedQuotes).Trim());
            _useColumn[i] = seen.Add(header[i]);
            if (!_useColumn[i])
            {
                ReportFileIssue(RecordErrorCodes.DuplicateColumn, tokenizer.RowLine, null, header[i], $"column {i + 1}");
            }
        }

        _header = header;
        _columns = new ColumnIndex([.. header.Select((name, i) => _useColumn[i] ? name : null)]);
        _decoder = new CsvValueDecoder(header.Length);
        ExtraColumns = [.. header.Where((name, i) => _useColumn[i] && !Schema.IsKnownField(name))];
        return true;
    }
}
