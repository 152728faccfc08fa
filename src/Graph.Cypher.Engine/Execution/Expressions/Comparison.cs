namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>A comparison with Cypher's null semantics: comparing with null, or incomparable kinds in order comparisons, gives null.</summary>
public sealed class Comparison(ComparisonOperator op, RowExpression left, RowExpression right) : RowExpression
{
    public override SlotValue Evaluate(QueryContext context)
    {
        SlotValue a = left.Evaluate(context);
        SlotValue b = right.Evaluate(context);
        if (a.IsNull || b.IsNull)
        {
            return SlotValue.Null;
        }

        if (op is ComparisonOperator.Equal or ComparisonOperator.NotEqual)
        {
            return SlotValue.From(a.Equals(b) == (op == ComparisonOperator.Equal));
        }

        if (a.Kind != b.Kind && !(a.IsNumber && b.IsNumber))
        {
            return SlotValue.Null;
        }

        int order = a.CompareTo(b);
        return SlotValue.From(op switch
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
