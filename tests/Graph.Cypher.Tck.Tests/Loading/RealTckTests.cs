using System.Text.RegularExpressions;
using Graph.Cypher.Tck.Exclusions;
using Graph.Cypher.Tck.Loading;
using Graph.Cypher.Tck.Running;
using Graph.Cypher.Tck.Scenarios;
using Graph.Cypher.Tck.Tests.Support;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Loading;

/// <summary>The harness against the real TCK in shared/tck: every scenario and every cell must be understood.</summary>
public partial class RealTckTests
{
    private static readonly Lazy<IReadOnlyList<TckFeature>> Features = new(() => FeatureLoader.LoadDirectory(TckLocator.FeaturesDirectory()));

    private static IEnumerable<TckScenario> Scenarios => Features.Value.SelectMany(feature => feature.Scenarios);

    [Fact]
    public void Every_scenario_of_the_real_TCK_loads_including_every_result_cell()
    {
        var unreadable = Scenarios.Where(scenario => scenario.LoadError is not null).Select(scenario => $"{scenario.Id}: {scenario.LoadError}").ToList();

        Assert.Empty(unreadable);
        Assert.True(Scenarios.Count() > 1000, "the TCK copy looks truncated");
    }

    [Fact]
    public void Every_scenario_in_the_files_is_found_once_per_examples_row()
    {
        var directory = TckLocator.FeaturesDirectory();
        foreach (var feature in Features.Value)
        {
            var text = File.ReadAllText(Path.Combine(directory, feature.Path));
            var declared = ScenarioLine().Count(text);
            var loaded = feature.Scenarios.Select(scenario => scenario.Line).Distinct().Count();
            Assert.True(declared == loaded, $"{feature.Path}: {declared} scenarios declared, {loaded} loaded");
        }
    }

    [Fact]
    public void Every_result_cell_prints_back_to_text_that_reads_as_a_matching_value()
    {
        var cells = Scenarios
            .SelectMany(scenario => scenario.Steps.OfType<ExpectResultStep>())
            .SelectMany(step => step.Table?.Rows ?? [])
            .SelectMany(row => row)
            .ToList();

        Assert.True(cells.Count > 2000, $"only {cells.Count} result cells found");
        Assert.All(cells, cell => Assert.True(TckValueMatcher.Matches(cell, TckValue.Parse(cell.ToString())), $"{cell} does not survive printing"));
    }

    [Fact]
    public void Every_kind_of_value_occurs_in_the_real_result_tables()
    {
        var kinds = Scenarios
            .SelectMany(scenario => scenario.Steps.OfType<ExpectResultStep>())
            .SelectMany(step => step.Table?.Rows ?? [])
            .SelectMany(row => row)
            .Select(cell => cell.GetType().Name)
            .ToHashSet();

        Assert.Superset(
            new HashSet<string> { "TckNull", "TckBoolean", "TckInteger", "TckFloat", "TckString", "TckList", "TckMap", "TckNode", "TckRelationship", "TckPath" },
            kinds);
    }

    [Fact]
    public void Named_graphs_used_by_scenarios_exist_beside_the_features()
    {
        var graphs = new NamedGraphs(TckLocator.FeaturesDirectory());
        var names = Scenarios.SelectMany(scenario => scenario.Steps.OfType<GivenGraphStep>()).Where(step => step.Kind == GraphKind.Named).Select(step => step.GraphName!).Distinct();

        Assert.All(names, name => Assert.NotNull(graphs.TryGetScripts(name)));
    }

    [Fact]
    public void Every_real_scenario_runs_through_the_harness_to_an_honest_failure_on_an_engine_that_refuses_everything()
    {
        var graphs = new NamedGraphs(TckLocator.FeaturesDirectory());
        using var runner = new SuiteRunner(() => new ScriptedEngine(), graphs, ExclusionList.None, TimeSpan.FromSeconds(30));

        var outcomes = runner.Run(Scenarios);

        Assert.All(outcomes, outcome => Assert.Equal(ScenarioStatus.Failed, outcome.Status));
        Assert.DoesNotContain(outcomes, outcome => outcome.Failure!.Reason.Contains("no rule", StringComparison.Ordinal) || outcome.Failure.Reason.Contains("threw", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\s*Scenario( Outline)?:", RegexOptions.Multiline)]
    private static partial Regex ScenarioLine();
}
