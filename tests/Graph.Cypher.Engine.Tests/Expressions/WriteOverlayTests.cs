using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>Under a write overlay, keys and labels created mid-query are seen by expressions compiled before.</summary>
public sealed class WriteOverlayTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private static readonly CypherValue Ann = CypherValue.Node(ExpressionGraph.Ann);

    [Fact]
    public void A_property_key_created_by_the_query_is_read_afterwards()
    {
        var overlay = new TransactionOverlay(graph.Reader);
        var x = new ExpressionHarness(overlay);
        ExpressionHarness.Prepared prepared = x.Prepare("MATCH (n) RETURN n.fresh AS x", ("n", Ann));
        Assert.True(prepared.Expression.Evaluate(prepared.Context).IsNull);

        overlay.SetNodeProperty(ExpressionGraph.Ann, "fresh", PropertyValue.From(7L));
        Assert.Equal(7, prepared.Expression.Evaluate(prepared.Context).AsInteger);
    }

    [Fact]
    public void A_label_created_by_the_query_is_seen_afterwards()
    {
        var overlay = new TransactionOverlay(graph.Reader);
        var x = new ExpressionHarness(overlay);
        ExpressionHarness.Prepared prepared = x.Prepare("MATCH (n) RETURN n:Fresh AS x", ("n", Ann));
        Assert.False(prepared.Expression.Evaluate(prepared.Context).AsBoolean);

        overlay.AddLabel(ExpressionGraph.Ann, "Fresh");
        Assert.True(prepared.Expression.Evaluate(prepared.Context).AsBoolean);
    }
}
