using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// size([pattern WHERE predicate | projection]) whose projection cannot fail (a variable or a constant): the rows of the
/// comprehension's sub-plan are counted instead of collected into a list that is thrown away. As with the
/// comprehension, a null anchor gives null.
/// </summary>
public sealed class PatternCount(Operator plan, int[] anchorSlots, string text) : RowExpression
{
    public Operator Plan => plan;

    public override CypherValue Evaluate(QueryContext context)
    {
        if (PatternAnchors.AnyNull(context.Row, anchorSlots))
        {
            return CypherValue.Null;
        }

        long count = 0;
        plan.Open(context);
        while (plan.Next(context))
        {
            count++;
        }

        return CypherValue.Integer(count);
    }

    public override string ToString() => text;
}
