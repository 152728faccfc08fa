using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>
/// <c>SET target = source</c> (replace every property) or, with <paramref name="merge"/>,
/// <c>SET target += source</c> (change only the keys given). The source is a map, a node or a
/// relationship (its properties are copied); a null entry removes that key; a null source is an
/// empty map; a null target is skipped.
/// </summary>
public sealed class SetPropertiesAction(RowExpression target, RowExpression source, bool merge) : IWriteAction
{
    public void Apply(QueryContext context)
    {
        CypherValue element = target.Evaluate(context);
        if (!ElementWrites.IsElement(element, "SET"))
        {
            return;
        }

        // Read and check every value before writing, so SET n = n and a bad value both see the old state.
        List<KeyValuePair<string, CypherValue>> entries = PropertyValues.Entries(context, source.Evaluate(context), "SET");
        var stored = new KeyValuePair<string, PropertyValue>[entries.Count];
        for (int i = 0; i < stored.Length; i++)
        {
            stored[i] = new(entries[i].Key, PropertyValues.ToStored(entries[i].Key, entries[i].Value));
        }

        TransactionOverlay writer = WriteErrors.Writer(context);
        if (!merge)
        {
            foreach (string key in PropertyValues.KeysOf(context.Reader, element))
            {
                ElementWrites.SetProperty(writer, element, key, PropertyValue.Null);
            }
        }

        foreach ((string key, PropertyValue value) in stored)
        {
            ElementWrites.SetProperty(writer, element, key, value);
        }
    }

    public override string ToString() => $"{target} {(merge ? "+=" : "=")} {source}";
}
