using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Predicates;

/// <summary>
/// Relationship isomorphism: within one MATCH no relationship is bound twice, whether in single
/// relationship slots or inside variable-length lists.
/// </summary>
public sealed class RelationshipsDistinct(int[] slots) : RowExpression
{
    private readonly HashSet<int> _seen = [];

    public override CypherValue Evaluate(QueryContext context)
    {
        _seen.Clear();
        for (int i = 0; i < slots.Length; i++)
        {
            CypherValue value = context.Row[slots[i]];
            if (value.Kind == CypherValueKind.Relationship)
            {
                if (!_seen.Add(value.AsRelationshipId))
                {
                    return CypherValue.False;
                }
            }
            else if (value.Kind == CypherValueKind.List)
            {
                foreach (CypherValue item in value.AsList)
                {
                    if (item.Kind == CypherValueKind.Relationship && !_seen.Add(item.AsRelationshipId))
                    {
                        return CypherValue.False;
                    }
                }
            }
        }

        return CypherValue.True;
    }

    public override string ToString() => "relationships distinct";
}
