using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// subject {.*, .a, k: expr, v}: a map from a node, relationship or map. .* copies every property (or
/// entry) first, then the listed entries follow in order, a later key replacing an earlier one. A null
/// subject gives null; any other subject is a type error.
/// </summary>
public sealed class MapProjection(RowExpression subject, bool includesAll, string[] keys, RowExpression[] values) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue value = subject.Evaluate(context);
        if (value.IsNull)
        {
            return CypherValue.Null;
        }

        if (value.Kind is not (CypherValueKind.Node or CypherValueKind.Relationship or CypherValueKind.Map))
        {
            throw RuntimeErrors.Type($"Cannot project a map from a {value.TypeName}");
        }

        var entries = new List<KeyValuePair<string, CypherValue>>(keys.Length);
        if (includesAll)
        {
            if (value.Kind == CypherValueKind.Map)
            {
                entries.AddRange(value.AsMap);
            }
            else
            {
                ElementProperties.AddTo(entries, context, value);
            }
        }

        for (int i = 0; i < keys.Length; i++)
        {
            entries.Add(new(keys[i], values[i].Evaluate(context)));
        }

        // CypherMap keeps a key's first position and its last value: what "later entries win" asks for.
        return CypherValue.Map(new CypherMap(entries));
    }

    public override string ToString()
    {
        var parts = new List<string>(keys.Length + 1);
        if (includesAll)
        {
            parts.Add(".*");
        }

        for (int i = 0; i < keys.Length; i++)
        {
            parts.Add($"{keys[i]}: {values[i]}");
        }

        return $"{subject} {{{string.Join(", ", parts)}}}";
    }
}
