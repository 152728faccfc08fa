using Graph.Rules.Checking;
using Graph.Rules.Tests.Support;

namespace Graph.Rules.Tests.Checking;

/// <summary>Rules are source code: the library in cypher/rules must parse, bind and check clean, and every rule must be covered by fixtures.</summary>
public sealed class RuleLibraryTests
{
    private static readonly RuleCatalog Library = RuleCatalog.Load(RepositoryPaths.Rules);

    [Fact]
    public void Every_rule_in_the_library_checks_clean()
    {
        var errors = RuleChecker.Check(Library);

        Assert.True(errors.Count == 0, "rule errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void The_library_covers_the_five_models_with_at_least_twenty_rules()
    {
        Assert.True(Library.Rules.Count >= 20, $"only {Library.Rules.Count} rules");
        Assert.Equal(RuleModels.All.Order(), Library.Rules.Select(rule => rule.Model).Distinct().Order());
    }

    [Fact]
    public void Every_rule_has_a_positive_and_a_negative_fixture()
    {
        var fixtures = RuleFixture.Files().Select(RuleFixture.Load).ToList();

        var missing = Library.Rules
            .SelectMany(rule => new[] { (rule.Id, Positive: true), (rule.Id, Positive: false) })
            .Where(need => !fixtures.Any(fixture => fixture.RuleId == need.Id && fixture.Positive == need.Positive))
            .Select(need => $"{need.Id}.{(need.Positive ? "positive" : "negative")}.cypher")
            .ToList();

        Assert.True(missing.Count == 0, "missing fixtures: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_fixture_belongs_to_a_rule()
    {
        var orphans = RuleFixture.Files().Select(RuleFixture.Load).Where(fixture => Library.Find(fixture.RuleId) is null).Select(fixture => fixture.Name).ToList();

        Assert.Empty(orphans);
    }

    [Fact]
    public void Every_rule_names_the_domain_signals_it_follows()
    {
        Assert.All(Library.Rules, rule => Assert.NotEmpty(rule.Signals));
    }
}
