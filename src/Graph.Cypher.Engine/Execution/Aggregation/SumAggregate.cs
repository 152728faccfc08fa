using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Aggregation;

/// <summary>sum(expr): integer while every value is an integer, float once one is not; 0 for no values.</summary>
public sealed class SumAggregate(RowExpression argument, bool distinct = false) : AggregateFunction(argument, distinct)
{
    public override string Name => "sum";

    public override SlotValue Initial => SlotValue.From(0L);

    public override SlotValue Step(SlotValue state, SlotValue value)
    {
        if (!value.IsNumber)
        {
            throw new QueryExecutionException(ExecutionErrorCodes.TypeError, $"sum() expects numbers, got a {value.Kind}.");
        }

        return state.Kind == SlotKind.Integer && value.Kind == SlotKind.Integer
            ? SlotValue.From(state.AsInteger + value.AsInteger)
            : SlotValue.From(state.AsFloat + value.AsFloat);
    }
}
