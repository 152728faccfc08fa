using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Operators;

public sealed class ExplainTests(SmallGraph graph) : IClassFixture<SmallGraph>
{
    private static PhysicalPlan Plan()
    {
        var scan = new NodeByLabelScan(0, "n", "Person") { EstimatedRows = 3 };
        var expand = new Expand(scan, Build.Step(0, 1, 2, Direction.Outgoing, "KNOWS") with { FromName = "n", RelationshipName = "r", ToName = "m" }) { EstimatedRows = 4.5 };
        return new PhysicalPlan(expand, 3, [new OutputColumn("m", 2)]);
    }

    [Fact]
    public void Explain_prints_an_indented_tree_with_estimates_and_runs_nothing()
    {
        QueryResult result = QueryRunner.Run(Plan(), graph.Reader, QueryLimits.Default, ExecutionMode.Explain);
        Assert.Empty(result.Rows);
        Assert.Equal("+ Expand (n)-[r:KNOWS]->(m)  [est. 4.5]\n  + NodeByLabelScan (n:Person)  [est. 3]\n", result.Plan);
    }

    [Fact]
    public void Profile_adds_actual_rows_per_operator()
    {
        QueryResult result = QueryRunner.Run(Plan(), graph.Reader, QueryLimits.Default, ExecutionMode.Profile);
        Assert.Equal(4, result.Rows.Count);
        string[] lines = result.Plan!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("rows 4,", lines[0], StringComparison.Ordinal);
        Assert.Contains("rows 3,", lines[1], StringComparison.Ordinal);
        Assert.Contains(" ms]", lines[1], StringComparison.Ordinal);
    }
}
