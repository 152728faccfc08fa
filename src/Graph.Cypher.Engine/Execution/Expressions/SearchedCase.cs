using System.Text;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// CASE WHEN condition THEN r ... ELSE e END: the first alternative whose condition is true (false
/// and null both move on, as in WHERE); ELSE, or null, when none is.
/// </summary>
public sealed class SearchedCase(RowExpression[] conditions, RowExpression[] thens, RowExpression? otherwise) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        for (int i = 0; i < conditions.Length; i++)
        {
            CypherValue condition = conditions[i].Evaluate(context);
            if (condition.Kind == CypherValueKind.Boolean && condition.AsBoolean)
            {
                return thens[i].Evaluate(context);
            }
        }

        return otherwise?.Evaluate(context) ?? CypherValue.Null;
    }

    public override string ToString()
    {
        var text = new StringBuilder("CASE");
        for (int i = 0; i < conditions.Length; i++)
        {
            text.Append(" WHEN ").Append(conditions[i]).Append(" THEN ").Append(thens[i]);
        }

        if (otherwise is not null)
        {
            text.Append(" ELSE ").Append(otherwise);
        }

        return text.Append(" END").ToString();
    }
}
