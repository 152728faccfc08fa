using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>Parameters are read from the query context, never folded into the plan.</summary>
public sealed class ParameterTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    [Fact]
    public void Parameters_feed_expressions()
    {
        var x = new ExpressionHarness(graph.Reader);
        x.Parameters["expr"] = CypherValue.List(CypherValue.String("Apa"));
        x.Parameters["idx"] = CypherValue.Integer(0);
        x.Parameters["from"] = CypherValue.Integer(1);
        x.Parameters["to"] = CypherValue.Integer(3);
        Assert.Equal("'Apa'", x.Show("$expr[$idx]"));
        Assert.Equal("[2, 3]", x.Show("[1, 2, 3][$from..$to]"));
        Assert.Equal("null", x.Show("$missing"));
    }

    [Fact]
    public void A_plan_reads_the_parameters_of_each_run()
    {
        var x = new ExpressionHarness(graph.Reader);
        x.Parameters["p"] = CypherValue.Integer(1);
        ExpressionHarness.Prepared prepared = x.Prepare("RETURN $p + 1 AS x");
        Assert.Equal(2, prepared.Expression.Evaluate(prepared.Context).AsInteger);

        var other = new ExpressionHarness(graph.Reader);
        other.Parameters["p"] = CypherValue.Integer(41);
        ExpressionHarness.Prepared second = other.Prepare("RETURN 0 AS x");
        Assert.Equal(42, prepared.Expression.Evaluate(second.Context).AsInteger);
    }

    [Fact]
    public void Indexing_a_map_parameter_with_a_number_is_a_type_error()
    {
        var x = new ExpressionHarness(graph.Reader);
        x.Parameters["expr"] = CypherValue.Map(Graph.Cypher.Values.Collections.CypherMap.Of(("name", CypherValue.String("Apa"))));
        x.Parameters["idx"] = CypherValue.Float(12.3);
        Assert.Equal(CypherErrorDetail.MapElementAccessByNonString, x.FailsQuery("WITH $expr AS expr, $idx AS idx RETURN expr[idx] AS x").Detail);
    }
}
