using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>A comparison with Cypher's null semantics: comparing with null, or incomparable kinds in order comparisons, gives null.</summary>
public sealed class Comparison(ComparisonOperator op, RowExpression left, RowExpression right) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue a = left.Evaluate(context);
        CypherValue b = right.Evaluate(context);
        if (a.IsNull || b.IsNull)
        {
            return CypherValue.Null;
        }

        if (op is ComparisonOperator.Equal or ComparisonOperator.NotEqual)
        {
            return CypherValue.Boolean(a.Equals(b) == (op == ComparisonOperator.Equal));
        }

        if (a.Kind != b.Kind && !(a.IsNumber && b.IsNumber))
        {
            return CypherValue.Null;
        }

        int order = CypherOrder.Instance.Compare(a, b);
        return CypherValue.Boolean(op switch
        {
            ComparisonOperator.Less => order < 0,
            ComparisonOperator.LessOrEqual => order <= 0,
            ComparisonOperator.Greater => order > 0,
            _ => order >= 0,
        });
    }

    public override string ToString() => $"{left} {Symbol} {right}";

    private string Symbol => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };
}
