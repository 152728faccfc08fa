using System.Text;
using System.Text.RegularExpressions;

namespace Graph.Cypher.Tests.Tck;

/// <summary>
/// Reads just enough Gherkin to get each scenario's query: the doc strings after "When executing query:" and "And having executed:", the
/// compile-time SyntaxError it may expect, and the Examples rows of an outline substituted into it.
/// </summary>
public static partial class TckFeatureReader
{
    public static IEnumerable<TckScenario> ReadAll(string featuresDirectory) =>
        Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(file => Read(Path.GetRelativePath(featuresDirectory, file), File.ReadAllLines(file)));

    public static IEnumerable<TckScenario> Read(string featureFile, IReadOnlyList<string> lines)
    {
        var blocks = SplitScenarios(lines);
        foreach (var (name, block) in blocks)
        {
            var error = block.Select(line => SyntaxErrorStep().Match(line)).FirstOrDefault(match => match.Success)?.Groups[1].Value.Trim();
            var queries = ReadDocStrings(block, "When executing query:").Select(query => (Query: query, Error: error, IsSetup: false))
                .Concat(ReadDocStrings(block, "And having executed:").Select(query => (Query: query, Error: (string?)null, IsSetup: true)));
            var examples = ReadExamples(block);
            foreach (var (query, expectedError, isSetup) in queries)
            {
                if (examples.Count == 0)
                {
                    yield return new TckScenario(featureFile, name, query, expectedError, isSetup);
                    continue;
                }

                foreach (var row in examples)
                {
                    var substituted = row.Aggregate(query, (text, cell) => text.Replace($"<{cell.Key}>", cell.Value, StringComparison.Ordinal));
                    var rowText = string.Join(", ", row.Select(cell => $"{cell.Key}={cell.Value}"));
                    yield return new TckScenario(featureFile, $"{name} [{rowText}]", substituted, expectedError, isSetup);
                }
            }
        }
    }

    private static List<(string Name, List<string> Lines)> SplitScenarios(IReadOnlyList<string> lines)
    {
        var blocks = new List<(string, List<string>)>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("Scenario:", StringComparison.Ordinal) || trimmed.StartsWith("Scenario Outline:", StringComparison.Ordinal))
            {
                blocks.Add((trimmed, []));
            }
            else if (blocks.Count > 0)
            {
                blocks[^1].Item2.Add(line);
            }
        }

        return blocks;
    }

    // The doc strings ("""-delimited, indentation relative to the opening quotes) following each given step.
    private static IEnumerable<string> ReadDocStrings(List<string> block, string step)
    {
        for (var index = 0; index < block.Count - 1; index++)
        {
            if (block[index].Trim() != step || block[index + 1].Trim() != "\"\"\"")
            {
                continue;
            }

            var indentation = block[index + 1].IndexOf('"', StringComparison.Ordinal);
            var query = new StringBuilder();
            for (index += 2; index < block.Count && block[index].Trim() != "\"\"\""; index++)
            {
                var line = block[index];
                var strip = Math.Min(indentation, line.Length - line.TrimStart().Length);
                query.Append(line[strip..]).Append('\n');
            }

            yield return query.ToString().TrimEnd('\n');
        }
    }

    private static List<Dictionary<string, string>> ReadExamples(List<string> block)
    {
        var rows = new List<Dictionary<string, string>>();
        var start = block.FindIndex(line => line.Trim().StartsWith("Examples:", StringComparison.Ordinal));
        if (start < 0)
        {
            return rows;
        }

        var table = block.Skip(start + 1)
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|'))
            .Select(SplitCells)
            .ToList();
        if (table.Count == 0)
        {
            return rows;
        }

        var header = table[0];
        foreach (var cells in table.Skip(1))
        {
            rows.Add(header.Zip(cells).ToDictionary(pair => pair.First, pair => pair.Second));
        }

        return rows;
    }

    // Cells are separated by unescaped '|'; Gherkin escapes are \| \\ and \n.
    private static List<string> SplitCells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var index = 1; index < row.Length; index++)
        {
            var c = row[index];
            if (c == '\\' && index + 1 < row.Length)
            {
                var next = row[++index];
                if (next is not ('n' or '|' or '\\'))
                {
                    cell.Append('\\');
                }

                cell.Append(next == 'n' ? '\n' : next);
                continue;
            }

            if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                continue;
            }

            cell.Append(c);
        }

        return cells;
    }

    [GeneratedRegex(@"Then a SyntaxError should be raised at compile time:(.*)$")]
    private static partial Regex SyntaxErrorStep();
}
