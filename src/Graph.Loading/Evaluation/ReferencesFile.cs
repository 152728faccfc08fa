using System.Globalization;
using System.Text;

namespace Graph.Loading.Evaluation;

/// <summary>Reads the generator's <c>&lt;dataset&gt;.references.csv</c>: <c>file,line,prefix,entity</c>, one reference per line.</summary>
public static class ReferencesFile
{
    public static IEnumerable<KeyValuePair<ReferenceId, string>> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("file,line,prefix,entity", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: expected the header 'file,line,prefix,entity'.");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            if (fields.Count < 4 || !int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var recordLine))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected file,line,prefix,entity.");
            }

            yield return new(new ReferenceId(fields[0], recordLine, fields[2]), fields[3]);
        }
    }

    /// <summary>RFC 4180 fields of one line (the references file never breaks a field across lines).</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>(4);
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
