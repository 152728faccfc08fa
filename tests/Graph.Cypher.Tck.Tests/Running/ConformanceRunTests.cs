using System.Text.Json;
using Graph.Cypher.Tck.Cli;
using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Tests.Support;

namespace Graph.Cypher.Tck.Tests.Running;

/// <summary>The whole pipeline on a small TCK-shaped folder, driven by a scripted engine double.</summary>
public sealed class ConformanceRunTests : IDisposable
{
    private readonly TempTck _tck = new();

    public ConformanceRunTests()
    {
        _tck.AddFeature("clauses/match/Match1.feature", """"
            Feature: Match1
              Scenario: [1] good
                Given the tiny graph
                When executing query:
                  """
                  MATCH (n) RETURN n
                  """
                Then the result should be, in any order:
                  | n       |
                  | (:Tiny) |
                And no side effects

              Scenario Outline: [2] numbers
                Given any graph
                When executing query:
                  """
                  RETURN <v> AS v
                  """
                Then the result should be, in any order:
                  | v   |
                  | <v> |

                Examples:
                  | v |
                  | 1 |
                  | 2 |
            """");
        _tck.AddFeature("clauses/call/Call1.feature", """"
            Feature: Call1
              Scenario: [1] unknown
                Given an empty graph
                When executing query:
                  """
                  CALL nothing()
                  """
                Then a ProcedureError should be raised at compile time: ProcedureNotFound
            """");
        _tck.AddGraph("tiny", "tiny.cypher", "CREATE (:Tiny)");
        File.WriteAllText(_tck.PathOf("exclusions.json"), """
            // comments are allowed
            { "exclusions": [ { "feature": "clauses/call/*", "reason": "procedures come later", "kind": "temporary" } ] }
            """);
    }

    public void Dispose() => _tck.Dispose();

    private RunnerOptions Options(params string[] extra) =>
        RunnerOptionsParser.Parse([_tck.Root, "--report", _tck.PathOf("report.json"), "--exclusions", _tck.PathOf("exclusions.json"), .. extra]);

    private static ScriptedEngine Engine() => new ScriptedEngine()
        .On("CREATE (:Tiny)", Results.Empty())
        .On("MATCH (n) RETURN n", Results.Table(["n"], ["(:Tiny)"]))
        .On("RETURN 1 AS v", Results.Table(["v"], ["1"]))
        .On("RETURN 2 AS v", Results.Table(["v"], ["2.0"]));

    [Fact]
    public void Prints_features_folders_failures_and_the_closing_line_and_writes_the_json_report()
    {
        var output = new StringWriter();

        var exitCode = ConformanceRun.Execute(Options(), Engine, "scripted", output);

        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal("2 passed, 1 failed, 1 skipped", lines[^1]);
        Assert.Contains("clauses/match/Match1.feature: 2 passed, 1 failed, 0 skipped", lines);
        Assert.Contains("clauses/call/Call1.feature: 0 passed, 0 failed, 1 skipped", lines);
        Assert.Contains(lines, line => line.StartsWith("* clauses/match", StringComparison.Ordinal) && line.EndsWith("2/3 = 66.7%", StringComparison.Ordinal));
        Assert.Contains("FAIL clauses/match/Match1.feature:13 [2] numbers (example 2)", lines);
        Assert.Contains("    | 2.0 |", lines);
        Assert.Equal(1, exitCode);

        using var report = JsonDocument.Parse(File.ReadAllText(_tck.PathOf("report.json")));
        Assert.Equal(2, report.RootElement.GetProperty("totals").GetProperty("passed").GetInt32());
        Assert.Equal(4, report.RootElement.GetProperty("scenarios").GetArrayLength());
        Assert.False(report.RootElement.GetProperty("meetsThresholds").GetBoolean());
    }

    [Fact]
    public void Exit_code_is_zero_when_the_thresholds_are_met()
    {
        var exitCode = ConformanceRun.Execute(Options("--min-pass", "0.6", "--min-folder", "0.6"), Engine, "scripted", new StringWriter());

        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void The_filter_selects_scenarios_by_path_and_name()
    {
        var output = new StringWriter();

        var exitCode = ConformanceRun.Execute(Options("--filter", "[1] GOOD"), Engine, "scripted", output);

        Assert.EndsWith("1 passed, 0 failed, 0 skipped", output.ToString().TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void Without_an_engine_the_run_reports_every_scenario_failed_and_misses_the_target()
    {
        var output = new StringWriter();

        var exitCode = ConformanceRun.Execute(Options(), engineFactory: null, "none", output);

        Assert.EndsWith("0 passed, 3 failed, 1 skipped", output.ToString().TrimEnd(), StringComparison.Ordinal);
        Assert.Contains($"3 scenarios {EngineFactory.MissingEngineReason}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, exitCode);
    }
}
