using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Syntax;

/// <summary>Parsing shortcuts for tests that expect input to be valid.</summary>
internal static class Parse
{
    public static QuerySyntax Clean(string query)
    {
        var tree = SyntaxTree.Parse(query);
        Assert.True(tree.Diagnostics.Count == 0, DiagnosticFormatter.Format(tree.Diagnostics));
        return tree.Root;
    }

    public static IReadOnlyList<ClauseSyntax> Clauses(string query) => Clean(query).First.Clauses;

    public static T Clause<T>(string query)
        where T : ClauseSyntax => Assert.IsType<T>(Assert.Single(Clauses(query)));

    /// <summary>The expression of RETURN &lt;text&gt;.</summary>
    public static ExpressionSyntax Expression(string text) =>
        Assert.Single(Clause<ReturnClauseSyntax>("RETURN " + text).Projection.Items).Expression;

    public static T Expression<T>(string text)
        where T : ExpressionSyntax => Assert.IsType<T>(Expression(text));

    public static PathPatternSyntax Path(string pattern)
    {
        var match = Assert.IsType<MatchClauseSyntax>(Clauses($"MATCH {pattern} RETURN 1")[0]);
        return Assert.IsType<PathPatternSyntax>(Assert.Single(match.Pattern.Parts).Element);
    }
}
