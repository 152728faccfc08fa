using Graph.Rules.Running;
using Graph.Rules.Tests.Support;

namespace Graph.Rules.Tests.Running;

/// <summary>
/// Each rule on its fixtures: on a positive fixture (the signal, built with the model's labels and properties) it must
/// fire; on a negative one (the honest look-alike of the domain notes, where there is one) it must stay silent.
/// </summary>
public sealed class RuleFixtureTests
{
    private static readonly RuleCatalog Library = RuleCatalog.Load(RepositoryPaths.Rules);

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in RuleFixture.Files())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Rule_fires_on_its_positive_fixtures_and_not_on_its_negative_ones(string fixtureName)
    {
        var fixture = RuleFixture.Load(Path.Combine(RepositoryPaths.Fixtures, fixtureName));
        var rule = Library.Find(fixture.RuleId) ?? throw new InvalidOperationException($"no rule {fixture.RuleId} for {fixtureName}");
        using var graph = new FixtureGraph(fixture.Statements);

        var outcome = new RuleRunner(graph.Snapshot).Run(rule, new RuleRunOptions { Parameters = fixture.Parameters, TimeLimit = TimeSpan.FromSeconds(20) });

        Assert.True(outcome.Succeeded, $"{rule.Id} failed: {outcome.Error}");
        if (fixture.Positive)
        {
            Assert.True(outcome.Hits.Count > 0, $"{rule.Id} found nothing in {fixtureName}");
            Assert.Contains(outcome.Hits, hit => fixture.ExpectedEntities.All(name => hit.Entities.Any(entity => entity.Name == name)));
            Assert.All(outcome.Hits, hit => Assert.DoesNotContain("{", hit.Text, StringComparison.Ordinal));
        }
        else
        {
            Assert.True(outcome.Hits.Count == 0, $"{rule.Id} fired on {fixtureName}: {string.Join(" | ", outcome.Hits.Select(hit => hit.Text))}");
        }
    }
}
