using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Tests.Support;

namespace Graph.Cypher.Engine.Tests.Operators;

public sealed class LimitsTests(SmallGraph graph) : IClassFixture<SmallGraph>
{
    // 6^7 ≈ 280K rows: big enough to pass many guard checks, small enough to finish fast.
    private static Operator Explosion()
    {
        Operator plan = new AllNodesScan(0, "a");
        for (int i = 1; i <= 6; i++)
        {
            plan = new CartesianProduct(plan, new AllNodesScan(i, "x"), i);
        }

        return plan;
    }

    [Fact]
    public void A_cancelled_query_ends_with_the_cancelled_code()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        QueryResult result = QueryRunner.Run(new PhysicalPlan(Explosion(), 8, []), graph.Reader, QueryLimits.Default, ExecutionMode.Run, cancellation: source.Token);
        Assert.Equal(ExecutionErrorCodes.Cancelled, result.Error?.Code);
    }

    [Fact]
    public void Cancellation_during_the_run_is_noticed()
    {
        using var source = new CancellationTokenSource();
        var plan = new Filter(Explosion(), new CancelOnEvaluate(source, afterRows: 5000));
        QueryResult result = QueryRunner.Run(new PhysicalPlan(plan, 8, []), graph.Reader, QueryLimits.Default, ExecutionMode.Run, cancellation: source.Token);
        Assert.Equal(ExecutionErrorCodes.Cancelled, result.Error?.Code);
    }

    [Fact]
    public void A_query_past_its_time_limit_ends_with_the_time_code()
    {
        var limits = new QueryLimits { TimeLimit = TimeSpan.FromTicks(1) };
        QueryResult result = QueryRunner.Run(new PhysicalPlan(Explosion(), 8, []), graph.Reader, limits);
        Assert.Equal(ExecutionErrorCodes.TimeLimitExceeded, result.Error?.Code);
    }

    [Fact]
    public void Too_many_rows_end_with_the_row_limit_code()
    {
        var limits = new QueryLimits { MaxResultRows = 3 };
        QueryResult result = QueryRunner.Run(new PhysicalPlan(new AllNodesScan(0, "n"), 1, [new OutputColumn("n", 0)]), graph.Reader, limits);
        Assert.Equal(ExecutionErrorCodes.RowLimitExceeded, result.Error?.Code);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Read_only_mode_refuses_a_writing_plan()
    {
        var plan = new PhysicalPlan(new Argument(), 1, []) { Writes = true };
        QueryResult result = QueryRunner.Run(plan, graph.Reader, new QueryLimits { ReadOnly = true });
        Assert.Equal(ExecutionErrorCodes.WriteInReadOnly, result.Error?.Code);
    }

    [Fact]
    public void A_type_error_becomes_an_error_result()
    {
        var plan = new Projection(Build.Values(0, 1), new ProjectionItem(1, "p", Build.Property(0, "name")));
        QueryResult result = QueryRunner.Run(new PhysicalPlan(plan, 2, [new OutputColumn("p", 1)]), graph.Reader, QueryLimits.Default);
        Assert.Equal(ExecutionErrorCodes.TypeError, result.Error?.Code);
    }
}
