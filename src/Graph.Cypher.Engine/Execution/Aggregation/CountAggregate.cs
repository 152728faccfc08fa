using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Aggregation;

/// <summary>count(*) or count(expr): rows, or non-null values.</summary>
public sealed class CountAggregate(RowExpression? argument = null, bool distinct = false) : AggregateFunction(argument, distinct)
{
    public override string Name => "count";

    public override SlotValue Initial => SlotValue.From(0L);

    public override SlotValue Step(SlotValue state, SlotValue value) => SlotValue.From(state.AsInteger + 1);
}
