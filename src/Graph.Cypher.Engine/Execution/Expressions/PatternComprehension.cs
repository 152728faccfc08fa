using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// [(a)-->(b) WHERE predicate | projection]: the projection evaluated for every row of the sub-plan
/// (which matches the pattern from the current row and applies the predicate), in the plan's order.
/// When a variable the pattern is anchored on is null in this row the answer is null, as for other
/// expressions over a missing value.
/// </summary>
public sealed class PatternComprehension(Operator plan, RowExpression projection, int[] anchorSlots, string text) : RowExpression
{
    public Operator Plan => plan;

    public override CypherValue Evaluate(QueryContext context)
    {
        if (PatternAnchors.AnyNull(context.Row, anchorSlots))
        {
            return CypherValue.Null;
        }

        var items = new List<CypherValue>();
        plan.Open(context);
        while (plan.Next(context))
        {
            items.Add(projection.Evaluate(context));
        }

        return CypherValue.List(items.ToArray());
    }

    public override string ToString() => $"[{text} | {projection}]";
}
