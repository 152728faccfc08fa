using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Aggregation;

/// <summary>collect(expr): the non-null values in input order.</summary>
public sealed class CollectAggregate(RowExpression argument, bool distinct = false) : AggregateFunction(argument, distinct)
{
    public override string Name => "collect";

    public override SlotValue Step(SlotValue state, SlotValue value)
    {
        // The list under construction rides in the state's reference until Finish freezes it.
        var items = state.IsNull ? new CollectedValues() : (CollectedValues)state.Reference!;
        items.Add(value);
        return items.AsState;
    }

    public override SlotValue Finish(SlotValue state, long count) =>
        state.IsNull ? SlotValue.From(Array.Empty<SlotValue>()) : SlotValue.From(((CollectedValues)state.Reference!).ToArray());
}
