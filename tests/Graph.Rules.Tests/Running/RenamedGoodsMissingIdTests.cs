using Graph.Rules.Running;
using Graph.Rules.Tests.Support;

namespace Graph.Rules.Tests.Running;

/// <summary>
/// OI-001 names a trading partner written once without its USCC as the same-named partner with it: exports drop ids,
/// and a ring's buyers split into a dozen id-less copies would no longer read as one set of parties.
/// </summary>
public sealed class RenamedGoodsMissingIdTests
{
    private static readonly RuleCatalog Library = RuleCatalog.Load(RepositoryPaths.Rules);

    [Fact]
    public void A_buyer_written_without_its_id_is_named_once_with_it()
    {
        var fixture = RuleFixture.Load(Path.Combine(RepositoryPaths.Fixtures, "OI-001.positive.missing-id.cypher"));
        var rule = Library.Find("OI-001") ?? throw new InvalidOperationException("no rule OI-001");
        using var graph = new FixtureGraph(fixture.Statements);
        var outcome = new RuleRunner(graph.Snapshot).Run(rule, RuleRunOptions.Default);

        Assert.True(outcome.Succeeded, outcome.Error?.ToString());
        Assert.NotEmpty(outcome.Hits);
        Assert.All(outcome.Hits, hit => Assert.True(hit.Entities.Count(entity => entity.Name == "绍兴某物流有限公司") <= 1, hit.Text));
        Assert.Contains(outcome.Hits, hit => hit.Entities.Any(entity => entity.Name == "绍兴某物流有限公司"));
    }
}
