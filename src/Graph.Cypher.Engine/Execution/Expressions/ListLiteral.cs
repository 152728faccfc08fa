using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>[a, b, ...] with at least one non-constant item (all-constant lists are folded to a <see cref="Literal"/>).</summary>
public sealed class ListLiteral(RowExpression[] items) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        // A new array each time: lists are immutable values that may outlive the row (collect, projections).
        var values = new CypherValue[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            values[i] = items[i].Evaluate(context);
        }

        return CypherValue.List(values);
    }

    public override string ToString() => $"[{string.Join<RowExpression>(", ", items)}]";
}
