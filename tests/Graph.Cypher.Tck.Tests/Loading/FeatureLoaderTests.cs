using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Loading;
using Graph.Cypher.Tck.Scenarios;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Loading;

public class FeatureLoaderTests
{
    private const string Outline = """"
        Feature: Outline1 - expansion

          Scenario Outline: [1] Return <what>
            Given any graph
            And parameters are:
              | p | <param> |
            When executing query:
              """
              RETURN <expr> AS x, $p AS p
              """
            Then the result should be, in any order:
              | x        | p       |
              | <result> | <param> |
            And no side effects

            Examples:
              | what  | expr  | result | param |
              | one   | 1     | 1      | 'a'   |
              | list  | [1]   | [1]    | 2.5   |

            Examples: more
              | what  | expr  | result | param |
              | empty | {}    | {}     | null  |
        """";

    [Fact]
    public void An_outline_becomes_one_scenario_per_examples_row_across_all_blocks()
    {
        var scenarios = FeatureLoader.LoadText("expressions/x/Outline1.feature", Outline).Scenarios;

        Assert.Equal([1, 2, 3], scenarios.Select(scenario => scenario.ExampleIndex ?? 0));
        Assert.Equal(["[1] Return one", "[1] Return list", "[1] Return empty"], scenarios.Select(scenario => scenario.Name));
        Assert.All(scenarios, scenario => Assert.Null(scenario.LoadError));
        Assert.Equal("expressions/x", scenarios[0].Folder);
        Assert.Equal("expressions/x/Outline1.feature: [1] Return list (example 2)", scenarios[1].Id);
    }

    [Fact]
    public void Placeholders_are_filled_in_queries_parameter_tables_and_result_tables()
    {
        var second = FeatureLoader.LoadText("f.feature", Outline).Scenarios[1];

        Assert.Equal("RETURN [1] AS x, $p AS p", second.Steps.OfType<QueryStep>().Single().Query);
        Assert.Equal(2.5, Assert.IsType<TckFloat>(second.Steps.OfType<ParametersStep>().Single().Parameters["p"]).Value);
        var table = second.Steps.OfType<ExpectResultStep>().Single().Table!;
        Assert.Equal(["x", "p"], table.Columns);
        Assert.Equal("[1]", table.Rows[0][0].ToString());
    }

    [Fact]
    public void Cypher_angle_brackets_that_are_not_example_names_are_left_alone()
    {
        var scenario = FeatureLoader.LoadText("f.feature", """"
            Feature: F
              Scenario Outline: [1] keep
                Given an empty graph
                When executing query:
                  """
                  MATCH (a)<-[:T]-(b) WHERE a.x <> <v> RETURN <v> AS v
                  """
                Then the result should be empty
                Examples:
                  | v |
                  | 1 |
            """").Scenarios.Single();

        Assert.Equal("MATCH (a)<-[:T]-(b) WHERE a.x <> 1 RETURN 1 AS v", scenario.Steps.OfType<QueryStep>().Single().Query);
    }

    [Fact]
    public void Crlf_files_comment_lines_in_tables_and_gherkin_escapes_are_handled()
    {
        var text = string.Join("\r\n",
            "Feature: F",
            "  Scenario: [1] crlf",
            "    Given an empty graph",
            "    When executing query:",
            "      \"\"\"",
            "      RETURN 'a|b' AS s",
            "      \"\"\"",
            "    Then the result should be, in order:",
            "      | s |",
            "      # a comment inside the table",
            "      | 'a\\|b' |",
            "      | 'x\\ny' |",
            "    And no side effects",
            string.Empty);

        var scenario = FeatureLoader.LoadText("f.feature", text).Scenarios.Single();

        Assert.Null(scenario.LoadError);
        Assert.Equal("RETURN 'a|b' AS s", scenario.Steps.OfType<QueryStep>().Single().Query.ReplaceLineEndings("\n"));
        var rows = scenario.Steps.OfType<ExpectResultStep>().Single().Table!.Rows;
        Assert.Equal(["a|b", "x\ny"], rows.Select(row => Assert.IsType<TckString>(row[0]).Value));
    }

    [Fact]
    public void Every_step_kind_is_understood()
    {
        var steps = FeatureLoader.LoadText("f.feature", """"
            Feature: F
              Background:
                Given the binary-tree-1 graph

              Scenario: [1] all steps
                And having executed:
                  """
                  CREATE ()
                  """
                And there exists a procedure test.my.proc(name :: STRING?, in :: INTEGER?) :: (out :: INTEGER?):
                  | name | in | out |
                  | 'a'  | 1  | 2   |
                When executing query:
                  """
                  CALL test.my.proc('a', 1)
                  """
                Then the result should be (ignoring element order for lists):
                  | out |
                  | 2   |
                And the side effects should be:
                  | +nodes      | 1 |
                  | -properties | 2 |
                When executing control query:
                  """
                  RETURN 1
                  """
                Then the result should be, in order (ignoring element order for lists):
                  | 1 |
                  | 1 |
                Then a TypeError should be raised at runtime: InvalidArgumentValue
                Then an Error should be raised at any time: InvalidArgumentType
            """").Scenarios.Single().Steps;

        Assert.Equal(new GivenGraphStep(3, GraphKind.Named, "binary-tree-1"), steps[0]);
        Assert.IsType<SetupQueryStep>(steps[1]);
        var procedure = Assert.IsType<ProcedureStep>(steps[2]).Procedure;
        Assert.Equal("test.my.proc", procedure.Name);
        Assert.Equal([new TckProcedureParameter("name", "STRING?"), new TckProcedureParameter("in", "INTEGER?")], procedure.Inputs);
        Assert.False(Assert.IsType<QueryStep>(steps[3]).IsControlQuery);
        var unordered = Assert.IsType<ExpectResultStep>(steps[4]);
        Assert.True(unordered is { InOrder: false, IgnoreListOrder: true });
        Assert.Equal(new TckSideEffects { AddedNodes = 1, RemovedProperties = 2 }, Assert.IsType<ExpectSideEffectsStep>(steps[5]).Expected);
        Assert.True(Assert.IsType<QueryStep>(steps[6]).IsControlQuery);
        Assert.True(Assert.IsType<ExpectResultStep>(steps[7]) is { InOrder: true, IgnoreListOrder: true });
        Assert.Equal(new ExpectErrorStep(30, "TypeError", ErrorTiming.Runtime, "InvalidArgumentValue"), steps[8]);
        Assert.Equal(ErrorTiming.AnyTime, Assert.IsType<ExpectErrorStep>(steps[9]).Timing);
    }

    [Fact]
    public void A_procedure_without_columns_has_an_empty_table()
    {
        var step = FeatureLoader.LoadText("f.feature", """"
            Feature: F
              Scenario: [1] nothing
                Given an empty graph
                And there exists a procedure test.doNothing() :: ():
                  |
                When executing query:
                  """
                  CALL test.doNothing()
                  """
                Then the result should be empty
            """").Scenarios.Single().Steps.OfType<ProcedureStep>().Single();

        Assert.Empty(step.Procedure.Inputs);
        Assert.Empty(step.Procedure.Outputs);
        Assert.Empty(step.Procedure.Rows);
    }

    [Theory]
    [InlineData("Given a graph of my own", "unknown step")]
    [InlineData("Then the result should be, in any order:\n      | x |\n      | 'open |", "unterminated string")]
    [InlineData("Then the side effects should be:\n      | +widgets | 1 |", "unknown side effect")]
    public void A_step_the_harness_cannot_read_marks_the_scenario_instead_of_being_ignored(string step, string problem)
    {
        var scenario = FeatureLoader.LoadText("f.feature", $""""
            Feature: F
              Scenario: [1] odd
                Given an empty graph
                {step}
            """").Scenarios.Single();

        Assert.Contains(problem, scenario.LoadError, StringComparison.Ordinal);
        Assert.StartsWith("line 4:", scenario.LoadError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_gherkin_rejects_becomes_one_failing_scenario()
    {
        var feature = FeatureLoader.LoadText("bad.feature", "Feature: F\n  Scenario: [1] x\n    Given an empty graph\n      | a |\n      | b | c |\n");

        Assert.NotNull(Assert.Single(feature.Scenarios).LoadError);
    }
}
