using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Execution.Predicates;

/// <summary>A pattern's property map on a bound element: (n {k: v}) holds when every entry equals the element's property.</summary>
public sealed class PropertiesMatch(int slot, string variable, RowExpression properties) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue element = context.Row[slot];
        CypherValue map = properties.Evaluate(context);
        if (map.Kind != CypherValueKind.Map)
        {
            return CypherValue.False;
        }

        foreach (var entry in map.AsMap)
        {
            CypherValue actual = element.Kind switch
            {
                CypherValueKind.Node => context.Graph.NodeProperty(element.AsNodeId, entry.Key),
                CypherValueKind.Relationship => context.Graph.RelationshipProperty(element.AsRelationshipId, entry.Key),
                _ => CypherValue.Null,
            };
            if (CypherEquality.AreEqual(actual, entry.Value) != true)
            {
                return CypherValue.False;
            }
        }

        return CypherValue.True;
    }

    public override string ToString() => $"{variable} {properties}";
}
