using Graph.Cypher.Values;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// element.key = 'text', element.key &lt;&gt; 'text' and element.key IN ['text', ...] (constants or a parameter),
/// answered by comparing the stored string's interned id with the constants' ids: the screening rules test string
/// properties of millions of relationships this way, and decoding each stored string and building a value for it
/// was most of their cost. Whatever ids cannot answer (a value that is not a string, a reader that does not intern
/// strings, constants that are not all strings, an empty list) goes to the general expression this one stands for,
/// so results never differ from it.
/// </summary>
public sealed class StoredStringMatch(PropertyAccess property, RowExpression constants, StringMatchTest test, RowExpression general) : RowExpression
{
    // One immutable object, swapped whole: a cached plan may run on several threads at once.
    private Resolution? _resolution;

    public override CypherValue Evaluate(QueryContext context)
    {
        int[]? ids = Ids(context);
        if (ids is null)
        {
            return general.Evaluate(context);
        }

        int id = property.StoredStringIdAt(context);
        if (id == StoredStringIds.Absent)
        {
            // null = 'x', null <> 'x' and null IN a non-empty list of strings are all null.
            return CypherValue.Null;
        }

        if (id < 0)
        {
            return general.Evaluate(context);
        }

        // Constants that no property holds resolve to Absent, which no stored id equals.
        bool found = Array.IndexOf(ids, id) >= 0;
        return CypherValue.Boolean(found != (test == StringMatchTest.NotEqual));
    }

    public override string ToString() => general.ToString();

    private int[]? Ids(QueryContext context)
    {
        CypherValue value = constants.Evaluate(context);
        object? source = test == StringMatchTest.In
            ? (value.Kind == CypherValueKind.List ? value.AsList : null)
            : (value.Kind == CypherValueKind.String ? value.AsString : null);
        if (source is null)
        {
            return null;
        }

        Resolution? known = _resolution;
        if (known is not null && ReferenceEquals(known.Reader, context.Reader) && ReferenceEquals(known.Source, source))
        {
            return known.Ids;
        }

        int[]? ids = Resolve(context.Reader, value);
        if (ids is not null)
        {
            // Only readers that intern strings are remembered: a transaction's overlay is never kept alive by a plan.
            _resolution = new Resolution(context.Reader, source, ids);
        }

        return ids;
    }

    private int[]? Resolve(IGraphReader reader, CypherValue value)
    {
        if (test != StringMatchTest.In)
        {
            int id = reader.StringId(value.AsString);
            return id == StoredStringIds.Unknown ? null : [id];
        }

        ReadOnlySpan<CypherValue> items = value.AsList.AsSpan();
        if (items.IsEmpty)
        {
            return null;
        }

        // Checked before allocating: lists that ids cannot answer are seen again on every row.
        foreach (CypherValue item in items)
        {
            if (item.Kind != CypherValueKind.String)
            {
                return null;
            }
        }

        if (reader.StringId(items[0].AsString) == StoredStringIds.Unknown)
        {
            return null;
        }

        var ids = new int[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            ids[i] = reader.StringId(items[i].AsString);
        }

        return ids;
    }

    private sealed record Resolution(IGraphReader Reader, object Source, int[] Ids);
}
