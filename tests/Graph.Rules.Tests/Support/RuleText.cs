using Graph.Rules.Parsing;

namespace Graph.Rules.Tests.Support;

/// <summary>Builds rule files for tests: a standard seven-line header (so the query starts on line 8) and the given query.</summary>
public static class RuleText
{
    public const int HeaderLines = 7;

    public static string With(string query, string explain = "{who} in {case_no}", string parameters = "// param: min = 1 -- smallest count") =>
        $"""
        // id: XX-001
        // title: A test rule
        // model: private_lending
        // severity: high
        {parameters}
        // meaning: Only for tests.
        // explain: {explain}
        {query}
        """;

    public static RuleDefinition Parse(string text, string path = "rules/XX-001-test.cypher")
    {
        var result = RuleFileParser.Parse(text, path);
        return result.Rule ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    }
}
