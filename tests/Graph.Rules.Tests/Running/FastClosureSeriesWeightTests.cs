using Graph.Rules.Running;
using Graph.Rules.Tests.Support;

namespace Graph.Rules.Tests.Running;

/// <summary>
/// PL-005 reports a small circle's two quick closures only as corroboration: its weight stays below what lists a ring
/// on one signal, while a series of three fast closures keeps the series weight.
/// </summary>
public sealed class FastClosureSeriesWeightTests
{
    private static readonly RuleCatalog Library = RuleCatalog.Load(RepositoryPaths.Rules);

    [Theory]
    [InlineData("PL-005.positive.small-circle.cypher", 0.5)]
    [InlineData("PL-005.positive.cypher", 0.7)]
    public void The_weight_follows_how_many_closures_came_within_the_fast_screen(string fixtureFile, double weight)
    {
        var fixture = RuleFixture.Load(Path.Combine(RepositoryPaths.Fixtures, fixtureFile));
        var rule = Library.Find("PL-005") ?? throw new InvalidOperationException("no rule PL-005");
        using var graph = new FixtureGraph(fixture.Statements);
        var outcome = new RuleRunner(graph.Snapshot).Run(rule, RuleRunOptions.Default);

        Assert.True(outcome.Succeeded, outcome.Error?.ToString());
        Assert.Equal(weight, Assert.Single(outcome.Hits).Weight);
    }
}
