using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Exclusions;
using Graph.Cypher.Tck.Loading;
using Graph.Cypher.Tck.Running;
using Graph.Cypher.Tck.Tests.Support;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Running;

public class SuiteRunnerTests
{
    private const string Feature = """"
        Feature: F
          Scenario: [1] slow
            Given any graph
            When executing query:
              """
              SLOW
              """
            Then the result should be empty

          Scenario: [2] fast
            Given any graph
            When executing query:
              """
              FAST
              """
            Then the result should be empty
        """";

    [Fact]
    public void A_timed_out_scenario_fails_and_the_next_one_gets_a_fresh_engine()
    {
        var engines = new List<ScriptedEngine>();
        ITckEngine Create()
        {
            var engine = new ScriptedEngine()
                .On("SLOW", (_, _) => { Thread.Sleep(Timeout.Infinite); return Results.Empty(); })
                .On("FAST", Results.Empty());
            engines.Add(engine);
            return engine;
        }

        var scenarios = FeatureLoader.LoadText("f.feature", Feature).Scenarios;
        using var runner = new SuiteRunner(Create, new NamedGraphs(Path.GetTempPath()), ExclusionList.None, TimeSpan.FromMilliseconds(200));

        var outcomes = runner.Run(scenarios);

        Assert.Equal([ScenarioStatus.Failed, ScenarioStatus.Passed], outcomes.Select(outcome => outcome.Status));
        Assert.Contains("timed out", outcomes[0].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal(2, engines.Count);
    }

    [Fact]
    public void Without_an_engine_nothing_passes_and_excluded_scenarios_are_skipped()
    {
        var scenarios = FeatureLoader.LoadText("f.feature", Feature).Scenarios;
        var exclusions = new ExclusionList([new Exclusion("f.feature", "[1] *", "slow by design", ExclusionKind.Permanent)]);
        using var runner = new SuiteRunner(null, new NamedGraphs(Path.GetTempPath()), exclusions, TimeSpan.FromSeconds(1));

        var outcomes = runner.Run(scenarios);

        Assert.Equal([ScenarioStatus.Skipped, ScenarioStatus.NotRun], outcomes.Select(outcome => outcome.Status));
        Assert.True(outcomes[1].CountsAsFailure);
        Assert.Equal(EngineFactory.MissingEngineReason, outcomes[1].Failure!.Reason);
    }

    [Fact]
    public void Scenarios_run_in_order_on_one_engine_reset_between_them()
    {
        var engine = new ScriptedEngine().On("SLOW", Results.Empty()).On("FAST", Results.Empty());
        var scenarios = FeatureLoader.LoadText("f.feature", Feature).Scenarios;
        using var runner = new SuiteRunner(() => engine, new NamedGraphs(Path.GetTempPath()), ExclusionList.None, TimeSpan.FromSeconds(5));

        runner.Run(scenarios);

        Assert.Equal(["SLOW", "FAST"], engine.Executed);
        Assert.True(engine.Resets >= 2);
    }

    [Fact]
    public void The_console_runs_the_real_engine()
    {
        Assert.Equal("graph-cypher-engine", EngineFactory.EngineName);
        using var engine = EngineFactory.TryGetFactory()!();
        Assert.IsType<CypherEngineAdapter>(engine);
    }

    [Fact]
    public void Snapshot_diffs_count_labels_in_use_and_property_entries()
    {
        var before = Results.Graph(["n1", "n2"], ["A"], [TckPropertyEntry.Of("n1", "p", TckValue.Of(1L)), TckPropertyEntry.Of("n2", "p", TckValue.Of(1L))]);
        var after = Results.Graph(["n1", "n3"], ["A", "B"], [TckPropertyEntry.Of("n1", "p", TckValue.Of("1"))]);

        var effects = TckSideEffects.Between(before, after);

        Assert.Equal(new TckSideEffects { AddedNodes = 1, DeletedNodes = 1, AddedLabels = 1, AddedProperties = 1, RemovedProperties = 2 }, effects);
        Assert.Equal("+nodes 1, -nodes 1, +labels 1, +properties 1, -properties 2", effects.ToString());
    }
}
