using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Planning;
using Graph.Cypher.Engine.Planning.Expressions;
using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Syntax;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>The compiler's seams with the planner: computed aggregates, projected expressions, unsupported input.</summary>
public sealed class CompilerTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private static BoundProjection Returned(string query)
    {
        BoundQuery bound = Binder.Bind(SyntaxTree.Parse(query));
        Assert.False(bound.HasErrors, string.Join("; ", bound.Diagnostics));
        return ((BoundSingleQuery)bound.Body).Clauses.OfType<BoundReturn>().Last().Projection;
    }

    [Fact]
    public void An_aggregate_reads_the_slot_the_planner_computed_it_into()
    {
        BoundProjection projection = Returned("UNWIND [1, 2] AS v RETURN count(*) + sum(v) AS x");
        var total = (BoundBinaryExpression)projection.Items[0].Expression;
        var slots = new SlotAllocator();
        int countSlot = slots.Temporary();
        int sumSlot = slots.Temporary();
        var compiler = new ExpressionCompiler(slots, new ThrowingSubqueries())
        {
            AggregateSlots = new Dictionary<BoundAggregate, int> { [(BoundAggregate)total.Left] = countSlot, [(BoundAggregate)total.Right] = sumSlot },
        };

        RowExpression compiled = compiler.Compile(total);
        var context = new QueryContext(graph.Reader, slots.Count, QueryLimits.Default, CancellationToken.None);
        context.Row[countSlot] = CypherValue.Integer(2);
        context.Row[sumSlot] = CypherValue.Integer(3);
        Assert.Equal(5, compiled.Evaluate(context).AsInteger);
    }

    [Fact]
    public void An_aggregate_the_planner_did_not_compute_is_a_planning_error()
    {
        BoundProjection projection = Returned("UNWIND [1] AS v RETURN count(v) AS x");
        var compiler = new ExpressionCompiler(new SlotAllocator(), new ThrowingSubqueries());
        Assert.Throws<PlanningException>(() => compiler.Compile(projection.Items[0].Expression));
    }

    [Fact]
    public void A_projected_expression_reads_its_slot()
    {
        BoundProjection projection = Returned("WITH {a: 1} AS m RETURN m.a + 1 AS x");
        var sum = (BoundBinaryExpression)projection.Items[0].Expression;
        var slots = new SlotAllocator();
        int projected = slots.Temporary();
        var compiler = new ExpressionCompiler(slots, new ThrowingSubqueries())
        {
            ProjectedSlots = new Dictionary<BoundExpression, int> { [sum.Left] = projected },
        };

        RowExpression compiled = compiler.Compile(sum);
        var context = new QueryContext(graph.Reader, slots.Count, QueryLimits.Default, CancellationToken.None);
        context.Row[projected] = CypherValue.Integer(41);
        Assert.Equal(42, compiled.Evaluate(context).AsInteger);
    }

    [Fact]
    public void Point_functions_are_refused_while_planning()
    {
        BoundProjection projection = Returned("RETURN point({x: 1, y: 2}) AS x");
        var compiler = new ExpressionCompiler(new SlotAllocator(), new ThrowingSubqueries());
        Assert.Throws<PlanningException>(() => compiler.Compile(projection.Items[0].Expression));
    }

    [Theory]
    [InlineData("RETURN 1 + 2 * 3 AS x", "7")]
    [InlineData("WITH 2 AS a RETURN a * (a + 1) AS x", "(a * (a + 1))")]
    [InlineData("WITH 2 AS a RETURN a IS NULL OR a > 1 AS x", "(a IS NULL OR a > 1)")]
    [InlineData("WITH [1] AS l RETURN [x IN l WHERE x > 0 | x * 2] AS x", "[x IN l WHERE x > 0 | (x * 2)]")]
    [InlineData("WITH {a: 1} AS m RETURN m {.a, b: 2} AS x", "m {a: m.a, b: 2}")]
    [InlineData("WITH 'a' AS s RETURN CASE s WHEN 'a' THEN 1 END AS x", "CASE s WHEN 'a' THEN 1 END")]
    public void Compiled_expressions_print_for_explain(string query, string expected) =>
        Assert.Equal(expected, new ExpressionHarness(graph.Reader).Prepare(query).Expression.ToString());
}
