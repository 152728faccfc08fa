using Graph.Cypher.Binding;
using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Binding;

/// <summary>Binding shortcuts: a query that must bind cleanly, or one that must raise a given TCK detail at a position.</summary>
internal static class BindingAssert
{
    public static BoundQuery Clean(string query)
    {
        var bound = Binder.Bind(SyntaxTree.Parse(query));
        Assert.True(bound.Diagnostics.Count == 0, DiagnosticFormatter.Format(bound.Diagnostics));
        return bound;
    }

    /// <summary>Asserts the query raises <paramref name="detail"/> at line:column (1-based), and returns that diagnostic.</summary>
    public static Diagnostic Raises(string query, string detail, int line, int column)
    {
        var bound = Binder.Bind(SyntaxTree.Parse(query));
        var diagnostic = bound.Diagnostics.FirstOrDefault(candidate => candidate.TckDetail == detail);
        Assert.True(diagnostic is not null, $"Expected {detail}, got:\n{DiagnosticFormatter.Format(bound.Diagnostics)}");
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("SyntaxError", diagnostic.TckErrorClass);
        Assert.Equal(DiagnosticPhase.CompileTime, diagnostic.Phase);
        return diagnostic;
    }

    public static IReadOnlyList<BoundClause> Clauses(string query) =>
        Assert.IsType<BoundSingleQuery>(Clean(query).Body).Clauses;

    public static T Clause<T>(string query, int index)
        where T : BoundClause => Assert.IsType<T>(Clauses(query)[index]);
}
