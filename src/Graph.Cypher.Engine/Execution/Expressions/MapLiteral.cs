using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>{k: v, ...} with at least one non-constant value (all-constant maps are folded to a <see cref="Literal"/>).</summary>
public sealed class MapLiteral(string[] keys, RowExpression[] values) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        var entries = new KeyValuePair<string, CypherValue>[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            entries[i] = new(keys[i], values[i].Evaluate(context));
        }

        return CypherValue.Map(new CypherMap(entries));
    }

    public override string ToString()
    {
        var parts = new string[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            parts[i] = $"{keys[i]}: {values[i]}";
        }

        return "{" + string.Join(", ", parts) + "}";
    }
}
