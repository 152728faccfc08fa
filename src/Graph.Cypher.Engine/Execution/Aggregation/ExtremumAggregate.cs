using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Aggregation;

/// <summary>min(expr) or max(expr) under the ORDER BY order; null for no values.</summary>
public sealed class ExtremumAggregate(RowExpression argument, bool maximum) : AggregateFunction(argument, distinct: false)
{
    public override string Name => maximum ? "max" : "min";

    public override SlotValue Step(SlotValue state, SlotValue value)
    {
        if (state.IsNull)
        {
            return value;
        }

        int order = value.CompareTo(state);
        return (maximum ? order > 0 : order < 0) ? value : state;
    }
}
