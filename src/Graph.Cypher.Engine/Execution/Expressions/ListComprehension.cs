using System.Buffers;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// [x IN source WHERE predicate | projection]: x is written into its own slot for each element, the
/// predicate keeps elements where it is true, the projection maps them. A null source gives null.
/// </summary>
public sealed class ListComprehension(int slot, string variable, RowExpression source, RowExpression? predicate, RowExpression? projection) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue value = source.Evaluate(context);
        if (value.IsNull)
        {
            return CypherValue.Null;
        }

        if (value.Kind != CypherValueKind.List)
        {
            throw RuntimeErrors.NotAList("A list comprehension", value);
        }

        CypherList list = value.AsList;
        if (predicate is null)
        {
            return projection is null ? value : CypherValue.List(ProjectAll(context, list));
        }

        return CypherValue.List(Filter(context, list));
    }

    public override string ToString() =>
        $"[{variable} IN {source}{(predicate is null ? string.Empty : " WHERE " + predicate)}{(projection is null ? string.Empty : " | " + projection)}]";

    private CypherValue[] ProjectAll(QueryContext context, CypherList list)
    {
        CypherValue[] row = context.Row;
        var items = new CypherValue[list.Count];
        for (int i = 0; i < items.Length; i++)
        {
            row[slot] = list[i];
            items[i] = projection!.Evaluate(context);
        }

        return items;
    }

    private CypherValue[] Filter(QueryContext context, CypherList list)
    {
        CypherValue[] row = context.Row;

        // Kept elements collect in a pooled buffer so only the result array is allocated.
        CypherValue[] kept = ArrayPool<CypherValue>.Shared.Rent(Math.Max(list.Count, 1));
        try
        {
            int count = 0;
            for (int i = 0; i < list.Count; i++)
            {
                row[slot] = list[i];
                CypherValue keep = predicate!.Evaluate(context);
                if (keep.Kind == CypherValueKind.Boolean && keep.AsBoolean)
                {
                    kept[count++] = projection is null ? list[i] : projection.Evaluate(context);
                }
            }

            return kept.AsSpan(0, count).ToArray();
        }
        finally
        {
            // Cleared so the pool holds no references to this query's values.
            ArrayPool<CypherValue>.Shared.Return(kept, clearArray: true);
        }
    }
}
