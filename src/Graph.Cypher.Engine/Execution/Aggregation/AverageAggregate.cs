using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Aggregation;

/// <summary>avg(expr): a float sum divided at the end by the count of non-null values; null for none.</summary>
public sealed class AverageAggregate(RowExpression argument, bool distinct = false) : AggregateFunction(argument, distinct)
{
    public override string Name => "avg";

    public override SlotValue Initial => SlotValue.From(0.0);

    public override SlotValue Step(SlotValue state, SlotValue value)
    {
        if (!value.IsNumber)
        {
            throw new QueryExecutionException(ExecutionErrorCodes.TypeError, $"avg() expects numbers, got a {value.Kind}.");
        }

        return SlotValue.From(state.AsFloat + value.AsFloat);
    }

    public override SlotValue Finish(SlotValue state, long count) =>
        count == 0 ? SlotValue.Null : SlotValue.From(state.AsFloat / count);
}
