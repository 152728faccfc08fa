using Graph.Cypher.Values;
using System.Text;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// a &lt; b &lt;= c: the AND of the neighbouring comparisons, each operand evaluated once. A false link ends
/// the chain (false wins over null, as in AND); a null link makes the answer null unless a later link is false.
/// </summary>
public sealed class ComparisonChain : RowExpression
{
    private readonly RowExpression[] _operands;
    private readonly ComparisonOperator[] _operators;

    public ComparisonChain(RowExpression[] operands, ComparisonOperator[] operators)
    {
        if (operands.Length != operators.Length + 1 || operators.Length == 0)
        {
            throw new ArgumentException("A chain has one operand more than operators, and at least one operator.", nameof(operands));
        }

        _operands = operands;
        _operators = operators;
    }

    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue left = _operands[0].Evaluate(context);
        bool unknown = false;
        for (int i = 0; i < _operators.Length; i++)
        {
            CypherValue right = _operands[i + 1].Evaluate(context);
            CypherValue link = Comparison.Compute(_operators[i], left, right);
            if (link.IsNull)
            {
                unknown = true;
            }
            else if (!link.AsBoolean)
            {
                return CypherValue.False;
            }

            left = right;
        }

        return unknown ? CypherValue.Null : CypherValue.True;
    }

    public override string ToString()
    {
        var text = new StringBuilder().Append(_operands[0]);
        for (int i = 0; i < _operators.Length; i++)
        {
            text.Append(' ').Append(Comparison.Symbol(_operators[i])).Append(' ').Append(_operands[i + 1]);
        }

        return text.ToString();
    }
}
