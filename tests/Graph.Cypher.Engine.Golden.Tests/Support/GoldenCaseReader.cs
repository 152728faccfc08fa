using System.Globalization;

namespace Graph.Cypher.Engine.Golden.Tests.Support;

/// <summary>
/// Reads a case file: leading <c>// key: value</c> lines are the header (graph, setup, run, mode, time-limit-ms,
/// max-rows, read-only, after, known-bug; plain <c>//</c> lines are comments), everything after the header is the query, kept
/// byte for byte so that error positions refer to the file's own lines minus the header.
/// </summary>
public static class GoldenCaseReader
{
    public static GoldenCase Read(string path)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var graphs = new List<string>();
        var setup = new List<string>();
        var runs = new List<string>();
        var after = new List<string>();
        var result = new GoldenCase { Name = Path.GetFileNameWithoutExtension(path), Query = string.Empty };
        var body = 0;
        for (; body < lines.Length && lines[body].StartsWith("//", StringComparison.Ordinal); body++)
        {
            var header = lines[body][2..].Trim();
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? string.Empty : header[..colon].Trim();
            var value = colon < 0 ? string.Empty : header[(colon + 1)..].Trim();
            switch (key)
            {
                case "graph": graphs.Add(value); break;
                case "setup": setup.Add(value); break;
                case "run": runs.Add(value); break;
                case "after": after.Add(value); break;
                case "mode": result = result with { Mode = value }; break;
                case "time-limit-ms": result = result with { TimeLimitMs = int.Parse(value, CultureInfo.InvariantCulture) }; break;
                case "max-rows": result = result with { MaxRows = long.Parse(value, CultureInfo.InvariantCulture) }; break;
                case "read-only": result = result with { ReadOnly = bool.Parse(value) }; break;
                case "known-bug": result = result with { KnownBug = value }; break;
                default: break; // a comment
            }
        }

        var query = string.Join('\n', lines[body..]).TrimEnd();
        return result with { Query = query, Graphs = graphs, Setup = setup, Runs = runs, After = after };
    }
}
