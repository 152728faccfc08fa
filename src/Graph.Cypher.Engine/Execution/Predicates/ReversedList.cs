using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Predicates;

/// <summary>A var-length step expanded right to left: its relationship list turned back into pattern order.</summary>
public sealed class ReversedList(int slot) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue list = context.Row[slot];
        if (list.Kind != CypherValueKind.List || list.AsList.Count < 2)
        {
            return list;
        }

        CypherValue[] items = [.. list.AsList];
        Array.Reverse(items);
        return CypherValue.List(items);
    }

    public override string ToString() => "reverse";
}
