using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// reduce(acc = initial, x IN source | step): the accumulator and the element each live in their own
/// slot while the step runs. A null source gives null.
/// </summary>
public sealed class Reduce(int accumulatorSlot, string accumulator, RowExpression initial, int slot, string variable, RowExpression source, RowExpression step) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue value = initial.Evaluate(context);
        CypherValue list = source.Evaluate(context);
        if (list.IsNull)
        {
            return CypherValue.Null;
        }

        if (list.Kind != CypherValueKind.List)
        {
            throw RuntimeErrors.NotAList("reduce", list);
        }

        CypherValue[] row = context.Row;
        foreach (CypherValue item in list.AsList.AsSpan())
        {
            row[accumulatorSlot] = value;
            row[slot] = item;
            value = step.Evaluate(context);
        }

        return value;
    }

    public override string ToString() => $"reduce({accumulator} = {initial}, {variable} IN {source} | {step})";
}
