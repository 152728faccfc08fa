using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>Scalar results are produced without allocating: filters run once per row.</summary>
public sealed class AllocationTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    [Theory]
    [InlineData("n.age > 25 AND n.name STARTS WITH 'A'")]
    [InlineData("n.age + 1")]
    [InlineData("n:Person:Employee")]
    [InlineData("n.age IN [30, 40]")]
    [InlineData("n.name IN ['Bob', 'Ann']")]
    [InlineData("n.name <> 'Ann'")]
    [InlineData("n.name = 'Zed'")]
    [InlineData("coalesce(n.nope, n.age)")]
    [InlineData("abs(n.age - 40)")]
    [InlineData("sign(n.age - 40)")]
    [InlineData("CASE WHEN n.age > 35 THEN 1 ELSE 2 END")]
    [InlineData("n.name =~ 'A.*'")]
    [InlineData("0 < n.age <= 30")]
    [InlineData("$p + n.age")]
    [InlineData("n.born.year")]
    [InlineData("n.name IS NOT NULL OR n.age = 1")]
    [InlineData("all(t IN [1, 2] WHERE t <> n.age)")]
    public void Scalar_evaluation_does_not_allocate(string expression)
    {
        var x = new ExpressionHarness(graph.Reader);
        x.Parameters["p"] = CypherValue.Integer(1);
        ExpressionHarness.Prepared prepared = x.Prepare($"MATCH (n) RETURN {expression} AS x", ("n", CypherValue.Node(ExpressionGraph.Ann)));
        // Warm-up: token resolution, regex compilation, and the JIT's tiering, whose first-tier code may
        // still box where the optimised code does not: steady state is what runs per row.
        for (int i = 0; i < 2000; i++)
        {
            prepared.Expression.Evaluate(prepared.Context);
        }

        Thread.Sleep(300);
        for (int i = 0; i < 100; i++)
        {
            prepared.Expression.Evaluate(prepared.Context);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            prepared.Expression.Evaluate(prepared.Context);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
