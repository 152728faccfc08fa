using Graph.Rules.Running;
using Graph.Rules.Tests.Support;

namespace Graph.Rules.Tests.Running;

/// <summary>
/// OI-001 names parties run by run (each lot's supplier and each buyer with the seller alone), so that a trader's
/// unrelated schemes (years apart, or with other suppliers and buyers) stay separate evidence: the ring finder ties
/// together only what one hit names.
/// </summary>
public sealed class RenamedGoodsRunsTests
{
    private static readonly RuleCatalog Library = RuleCatalog.Load(RepositoryPaths.Rules);

    private static IReadOnlyList<RuleHit> Hits()
    {
        var fixture = RuleFixture.Load(Path.Combine(RepositoryPaths.Fixtures, "OI-001.positive.runs.cypher"));
        var rule = Library.Find("OI-001") ?? throw new InvalidOperationException("no rule OI-001");
        using var graph = new FixtureGraph(fixture.Statements);
        var outcome = new RuleRunner(graph.Snapshot).Run(rule, RuleRunOptions.Default);
        Assert.True(outcome.Succeeded, outcome.Error?.ToString());
        return outcome.Hits;
    }

    private static bool Names(RuleHit hit, string name) => hit.Entities.Any(entity => entity.Name == name);

    [Fact]
    public void Runs_years_apart_are_never_named_together()
    {
        var hits = Hits();

        Assert.DoesNotContain(hits, hit => Names(hit, "绍兴丙餐饮有限公司") && (Names(hit, "绍兴甲物流有限公司") || Names(hit, "绍兴乙建设有限公司")));
        Assert.DoesNotContain(hits, hit => Names(hit, "宁波甲化工有限公司") && Names(hit, "宁波乙化工有限公司"));
        Assert.Contains(hits, hit => Names(hit, "绍兴丙餐饮有限公司") && Names(hit, "绍兴永兴石油化工有限公司"));
    }

    [Fact]
    public void Suppliers_are_named_with_the_seller_only()
    {
        var hits = Hits();

        var supplierHits = hits.Where(hit => Names(hit, "宁波甲化工有限公司") || Names(hit, "宁波乙化工有限公司")).ToList();
        Assert.Equal(3, supplierHits.Count);
        Assert.All(supplierHits, hit => Assert.Equal(2, hit.Entities.Count));
    }

    [Fact]
    public void Each_buyer_has_a_lighter_hit_of_its_own_with_the_seller()
    {
        var hits = Hits();

        var run = Assert.Single(hits, hit => Names(hit, "绍兴甲物流有限公司") && Names(hit, "绍兴乙建设有限公司"));
        var own = Assert.Single(hits, hit => hit.Entities.Count == 2 && Names(hit, "绍兴甲物流有限公司"));
        Assert.True(Names(own, "绍兴永兴石油化工有限公司"));
        Assert.True(own.Weight < run.Weight);
    }

    [Fact]
    public void The_legal_representative_named_is_the_one_in_office_during_the_run()
    {
        var hits = Hits();

        var earlyRun = Assert.Single(hits, hit => Names(hit, "前任法人") && hit.Text.Contains("2019-03-01", StringComparison.Ordinal));
        Assert.False(Names(earlyRun, "现任法人"));
        Assert.Contains(hits, hit => Names(hit, "现任法人") && hit.Text.Contains("2022-09-01", StringComparison.Ordinal));
    }
}
