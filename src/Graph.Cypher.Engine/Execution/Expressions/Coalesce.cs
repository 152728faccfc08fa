using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>coalesce(a, b, ...): the first non-null argument; later arguments are not evaluated once one is found.</summary>
public sealed class Coalesce(RowExpression[] arguments) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        for (int i = 0; i < arguments.Length; i++)
        {
            CypherValue value = arguments[i].Evaluate(context);
            if (!value.IsNull)
            {
                return value;
            }
        }

        return CypherValue.Null;
    }

    public override string ToString() => $"coalesce({string.Join<RowExpression>(", ", arguments)})";
}
