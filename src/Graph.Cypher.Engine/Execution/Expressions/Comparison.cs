using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// =, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;= with Cypher's null semantics: equality is three-valued (lists and maps
/// holding nulls may compare to null), order comparisons of incomparable values give null and NaN gives false.
/// </summary>
public sealed class Comparison(ComparisonOperator op, RowExpression left, RowExpression right) : RowExpression
{
    public ComparisonOperator Operator => op;

    public override CypherValue Evaluate(QueryContext context) => Compute(op, left.Evaluate(context), right.Evaluate(context));

    /// <summary>The operator on two values; shared with comparison chains and constant folding.</summary>
    public static CypherValue Compute(ComparisonOperator op, CypherValue a, CypherValue b)
    {
        switch (op)
        {
            case ComparisonOperator.Equal:
                return CypherEquality.EqualsOperator(a, b);
            case ComparisonOperator.NotEqual:
                return CypherEquality.NotEqualsOperator(a, b);
        }

        // Compare once and read the answer off the result, rather than going through a delegate per operator.
        ComparisonResult result = CypherComparison.Compare(a, b);
        return result switch
        {
            ComparisonResult.Incomparable => CypherValue.Null,
            ComparisonResult.Unordered => CypherValue.False,
            _ => CypherValue.Boolean(op switch
            {
                ComparisonOperator.Less => result == ComparisonResult.Less,
                ComparisonOperator.LessOrEqual => result != ComparisonResult.Greater,
                ComparisonOperator.Greater => result == ComparisonResult.Greater,
                _ => result != ComparisonResult.Less,
            }),
        };
    }

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };

    public override string ToString() => $"{left} {Symbol(op)} {right}";
}
