using System.Text;

namespace Graph.Generation.Output;

/// <summary>The entity-resolution answer key: which generated entity each party reference on each line means.</summary>
public sealed class ReferenceLog : IDisposable
{
    private readonly StreamWriter _writer;

    public ReferenceLog(string path)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        _writer.WriteLine("file,line,prefix,entity");
    }

    public long Count { get; private set; }

    public void Write(string file, long line, Row row)
    {
        foreach (var (prefix, entity) in row.References)
        {
            _writer.Write(file);
            _writer.Write(',');
            _writer.Write(line);
            _writer.Write(',');
            _writer.Write(prefix);
            _writer.Write(',');
            _writer.WriteLine(entity.Key);
            Count++;
        }
    }

    public void Dispose() => _writer.Dispose();
}
