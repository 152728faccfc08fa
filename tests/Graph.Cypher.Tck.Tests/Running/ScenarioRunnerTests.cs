using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Loading;
using Graph.Cypher.Tck.Running;
using Graph.Cypher.Tck.Tests.Support;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Running;

public class ScenarioRunnerTests
{
    private static ScenarioOutcome Run(ScriptedEngine engine, string steps, NamedGraphs? graphs = null)
    {
        var scenario = FeatureLoader.LoadText("clauses/x/X.feature", $"Feature: X\n  Scenario: [1] s\n{steps}").Scenarios.Single();
        Assert.Null(scenario.LoadError);
        return new ScenarioRunner(engine, graphs ?? new NamedGraphs(Path.GetTempPath())).Run(scenario, CancellationToken.None);
    }

    private static string Query(string text, bool control = false) =>
        $"    When executing {(control ? "control " : string.Empty)}query:\n      \"\"\"\n      {text}\n      \"\"\"\n";

    [Fact]
    public void A_matching_result_passes_and_parameters_reach_the_engine()
    {
        var engine = new ScriptedEngine().On("RETURN $x AS x", (_, parameters) => new TckQueryResult(["x"], [[parameters["x"]]]));

        var outcome = Run(engine, "    Given any graph\n    And parameters are:\n      | x | [1, 'a'] |\n" + Query("RETURN $x AS x")
            + "    Then the result should be, in any order:\n      | x |\n      | [1, 'a'] |\n    And no side effects\n");

        Assert.Equal(ScenarioStatus.Passed, outcome.Status);
    }

    [Fact]
    public void A_wrong_result_fails_with_expected_and_actual_tables()
    {
        var engine = new ScriptedEngine().On("RETURN 1 AS x", Results.Table(["x"], ["1.0"]));

        var outcome = Run(engine, "    Given any graph\n" + Query("RETURN 1 AS x") + "    Then the result should be, in any order:\n      | x |\n      | 1 |\n");

        Assert.Equal(ScenarioStatus.Failed, outcome.Status);
        Assert.Equal("| x |\n| 1 |", outcome.Failure!.Expected);
        Assert.Equal("| x |\n| 1.0 |", outcome.Failure.Actual);
        Assert.Equal("RETURN 1 AS x", outcome.Query);
    }

    [Theory]
    [InlineData("SyntaxError", TckErrorPhase.CompileTime, "UndefinedVariable", "a SyntaxError should be raised at compile time: UndefinedVariable", true)]
    [InlineData("SyntaxError", TckErrorPhase.Runtime, "UndefinedVariable", "a SyntaxError should be raised at compile time: UndefinedVariable", false)]
    [InlineData("SyntaxError", TckErrorPhase.CompileTime, "UnexpectedSyntax", "a SyntaxError should be raised at compile time: UndefinedVariable", false)]
    [InlineData("TypeError", TckErrorPhase.CompileTime, "InvalidArgumentType", "an Error should be raised at any time: InvalidArgumentType", true)]
    [InlineData("TypeError", TckErrorPhase.Runtime, "InvalidArgumentType", "an ArgumentError should be raised at runtime: InvalidArgumentType", false)]
    public void Errors_match_on_type_phase_and_detail(string type, TckErrorPhase phase, string detail, string step, bool passes)
    {
        var engine = new ScriptedEngine().On("RETURN x", new TckQueryError(type, phase, detail));

        var outcome = Run(engine, "    Given any graph\n" + Query("RETURN x") + $"    Then {step}\n");

        Assert.Equal(passes ? ScenarioStatus.Passed : ScenarioStatus.Failed, outcome.Status);
    }

    [Fact]
    public void Side_effects_are_diffed_from_snapshots_when_the_engine_reports_none()
    {
        var before = Results.Graph(["n1"], ["A"], [TckPropertyEntry.Of("n1", "p", TckValue.Of(1L))]);
        var after = Results.Graph(["n1", "n2"], ["A", "B"], [TckPropertyEntry.Of("n1", "p", TckValue.Of(2L))]);
        var engine = new ScriptedEngine()
            .On("CREATE (:A {p: 1})", (e, _) => { e.State = before; return Results.Empty(); })
            .On("MATCH (n) SET n.p = 2 CREATE (:B)", (e, _) => { e.State = after; return Results.Empty(); })
            .On("MATCH (n) RETURN count(n) AS c", (e, _) => { e.State = TckGraphSnapshot.Empty; return Results.Table(["c"], ["2"]); });

        var outcome = Run(engine, "    Given an empty graph\n    And having executed:\n      \"\"\"\n      CREATE (:A {p: 1})\n      \"\"\"\n"
            + Query("MATCH (n) SET n.p = 2 CREATE (:B)") + "    Then the result should be empty\n    And the side effects should be:\n"
            + "      | +nodes | 1 |\n      | +labels | 1 |\n      | +properties | 1 |\n      | -properties | 1 |\n"
            + Query("MATCH (n) RETURN count(n) AS c", control: true) + "    Then the result should be, in any order:\n      | c |\n      | 2 |\n");

        Assert.True(outcome.Status == ScenarioStatus.Passed, outcome.Failure?.ToString());
    }

    [Fact]
    public void Reported_statistics_win_over_snapshots()
    {
        var engine = new ScriptedEngine().On("CREATE ()", new TckQueryResult([], [], new TckSideEffects { AddedNodes = 1 }));

        var outcome = Run(engine, "    Given an empty graph\n" + Query("CREATE ()") + "    Then the result should be empty\n    And no side effects\n");

        Assert.Equal(ScenarioStatus.Failed, outcome.Status);
        Assert.Equal("+nodes 1", outcome.Failure!.Actual);
    }

    [Fact]
    public void Named_graph_scripts_run_before_the_query()
    {
        using var tck = new TempTck();
        tck.AddGraph("tiny", "tiny.cypher", "CREATE (:Tiny)");
        var engine = new ScriptedEngine().On("CREATE (:Tiny)", Results.Empty()).On("MATCH (n) RETURN n", Results.Table(["n"], ["(:Tiny)"]));

        var outcome = Run(engine, "    Given the tiny graph\n" + Query("MATCH (n) RETURN n") + "    Then the result should be, in any order:\n      | n |\n      | (:Tiny) |\n", new NamedGraphs(tck.FeaturesDirectory));

        Assert.Equal(ScenarioStatus.Passed, outcome.Status);
        Assert.Equal(["CREATE (:Tiny)", "MATCH (n) RETURN n"], engine.Executed);
    }

    [Fact]
    public void A_missing_named_graph_or_failing_setup_fails_the_scenario()
    {
        var missing = Run(new ScriptedEngine(), "    Given the nowhere graph\n" + Query("RETURN 1"));
        var broken = Run(new ScriptedEngine(), "    Given an empty graph\n    And having executed:\n      \"\"\"\n      CREATE (\n      \"\"\"\n" + Query("RETURN 1"));

        Assert.Contains("no graph 'nowhere'", missing.Failure!.Reason, StringComparison.Ordinal);
        Assert.Contains("setup query failed", broken.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Procedures_are_registered_with_the_engine()
    {
        var engine = new ScriptedEngine().On("CALL test.labels()", (e, _) =>
            new TckQueryResult(["label"], e.Procedures.Single().Invoke([]).ToList()));

        var outcome = Run(engine, "    Given an empty graph\n    And there exists a procedure test.labels() :: (label :: STRING?):\n      | label |\n      | 'A' |\n      | 'B' |\n"
            + Query("CALL test.labels()") + "    Then the result should be, in order:\n      | label |\n      | 'A' |\n      | 'B' |\n");

        Assert.Equal(ScenarioStatus.Passed, outcome.Status);
    }

    [Fact]
    public void An_engine_exception_fails_the_scenario_not_the_run()
    {
        var engine = new ScriptedEngine().On("RETURN 1", (_, _) => throw new InvalidOperationException("boom"));

        var outcome = Run(engine, "    Given any graph\n" + Query("RETURN 1") + "    Then the result should be empty\n");

        Assert.Contains("InvalidOperationException: boom", outcome.Failure!.Reason, StringComparison.Ordinal);
    }
}
