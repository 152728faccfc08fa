using System.Text;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// CASE subject WHEN v THEN r ... ELSE e END: the first alternative whose value equals the subject
/// (= is true; so a null subject matches nothing); ELSE, or null, when none does.
/// </summary>
public sealed class SimpleCase(RowExpression subject, RowExpression[] whens, RowExpression[] thens, RowExpression? otherwise) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue value = subject.Evaluate(context);
        for (int i = 0; i < whens.Length; i++)
        {
            if (CypherEquality.AreEqual(value, whens[i].Evaluate(context)) == true)
            {
                return thens[i].Evaluate(context);
            }
        }

        return otherwise?.Evaluate(context) ?? CypherValue.Null;
    }

    public override string ToString()
    {
        var text = new StringBuilder("CASE ").Append(subject);
        for (int i = 0; i < whens.Length; i++)
        {
            text.Append(" WHEN ").Append(whens[i]).Append(" THEN ").Append(thens[i]);
        }

        if (otherwise is not null)
        {
            text.Append(" ELSE ").Append(otherwise);
        }

        return text.Append(" END").ToString();
    }
}
