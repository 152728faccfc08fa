using Graph.Cypher.Values;
using Graph.Rules.Parsing;

namespace Graph.Rules.Tests.Support;

/// <summary>
/// A fixture file, Fixtures/&lt;RULE-ID&gt;.positive.cypher or .negative.cypher (an optional .name before .cypher allows
/// several): Cypher statements, separated by a `;` at the end of a line, that build a tiny graph with the labels and
/// properties of docs/graph-model.md. Header comments may set `// param: name = value` (overrides for the rule) and, in a
/// positive fixture, `// expect-entities: name, name` (names one hit must include).
/// </summary>
public sealed record RuleFixture(string Path, string RuleId, bool Positive, IReadOnlyList<string> Statements, IReadOnlyDictionary<string, CypherValue> Parameters, IReadOnlyList<string> ExpectedEntities)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public static IEnumerable<string> Files() =>
        Directory.Exists(RepositoryPaths.Fixtures)
            ? Directory.GetFiles(RepositoryPaths.Fixtures, "*.cypher").Order(StringComparer.Ordinal)
            : [];

    public static RuleFixture Load(string path)
    {
        var parts = System.IO.Path.GetFileName(path).Split('.');
        if (parts.Length < 3 || parts[1] is not ("positive" or "negative"))
        {
            throw new InvalidOperationException($"{path}: a fixture is named <RULE-ID>.positive[.name].cypher or <RULE-ID>.negative[.name].cypher.");
        }

        var text = File.ReadAllText(path);
        var parameters = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        var expected = new List<string>();
        foreach (var line in text.Split('\n').Select(line => line.Trim()).TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal)))
        {
            var content = line[2..].Trim();
            if (content.StartsWith("param:", StringComparison.Ordinal))
            {
                var assignment = content["param:".Length..];
                var equals = assignment.IndexOf('=', StringComparison.Ordinal);
                var value = ParameterLiteral.TryRead(assignment, equals + 1, out _, out var error)
                    ?? throw new InvalidOperationException($"{path}: bad param line '{line}': {error}");
                parameters[assignment[..equals].Trim()] = value;
            }
            else if (content.StartsWith("expect-entities:", StringComparison.Ordinal))
            {
                expected.AddRange(content["expect-entities:".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return new RuleFixture(path, parts[0], parts[1] == "positive", SplitStatements(text), parameters, expected);
    }

    /// <summary>Statements end with a `;` at the end of a line, so a `;` inside a string or a name does not split them.</summary>
    private static List<string> SplitStatements(string text)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.EndsWith(';'))
            {
                current.Add(trimmed[..^1]);
                statements.Add(string.Join('\n', current));
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }

        statements.Add(string.Join('\n', current));
        return statements.Where(statement => statement.Split('\n').Any(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("//", StringComparison.Ordinal))).ToList();
    }
}
