using Graph.Cypher.Binding;
using Graph.Cypher.Syntax;
using Graph.Cypher.Tests.Tck;

namespace Graph.Cypher.Tests.Binding;

/// <summary>The binder never throws, however broken the tree the parser recovered: TCK queries cut short at spaces still bind.</summary>
public sealed class BinderRobustnessTests
{
    [Fact]
    public void Binding_truncated_queries_never_throws()
    {
        var bound = 0;
        foreach (var query in TckLocator.LoadScenarios().Select(scenario => scenario.Query).Distinct())
        {
            var spaces = Enumerable.Range(0, query.Length).Where(index => query[index] == ' ').ToList();
            foreach (var end in spaces.Where((_, index) => index % Math.Max(1, spaces.Count / 6) == 0))
            {
                var result = Binder.Bind(SyntaxTree.Parse(query[..end]));
                Assert.NotNull(result.Body);
                bound++;
            }
        }

        Assert.True(bound > 5_000, $"Only {bound} truncated queries were bound.");
    }

    [Theory]
    [InlineData("MATCH (n")]
    [InlineData("RETURN")]
    [InlineData("CALL")]
    [InlineData("MATCH (a)-[")]
    [InlineData("WITH * ORDER BY")]
    [InlineData("RETURN [x IN")]
    [InlineData("MERGE (a)-[:T]->(b) ON CREATE SET")]
    [InlineData("")]
    public void Binding_broken_queries_reports_only_syntax_errors(string query)
    {
        var result = Binder.Bind(SyntaxTree.Parse(query));
        Assert.True(result.HasErrors);
        Assert.All(result.Diagnostics, diagnostic => Assert.StartsWith("CYP1", diagnostic.Code, StringComparison.Ordinal));
    }
}
