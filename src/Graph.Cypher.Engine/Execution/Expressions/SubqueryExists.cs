using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// A pattern predicate, exists(pattern) or EXISTS { ... }: true when the sub-plan (leaf: Argument, so it
/// sees the current row) yields a row; it stops at the first. A pattern anchored on a variable that is
/// null in this row (from OPTIONAL MATCH) matches nothing, so it is false without running the plan.
/// </summary>
public sealed class SubqueryExists(Operator plan, int[] anchorSlots, string text) : RowExpression
{
    public Operator Plan => plan;

    public override CypherValue Evaluate(QueryContext context)
    {
        if (PatternAnchors.AnyNull(context.Row, anchorSlots))
        {
            return CypherValue.False;
        }

        plan.Open(context);
        return CypherValue.Boolean(plan.Next(context));
    }

    public override string ToString() => text;
}
