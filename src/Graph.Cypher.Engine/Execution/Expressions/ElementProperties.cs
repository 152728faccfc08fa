using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>All properties of a node or relationship as map entries, read straight from the reader by key token.</summary>
internal static class ElementProperties
{
    public static void AddTo(List<KeyValuePair<string, CypherValue>> entries, QueryContext context, CypherValue element)
    {
        IGraphReader reader = context.Reader;
        IEnumerable<KeyValuePair<int, PropertyValue>> properties = element.Kind == CypherValueKind.Node
            ? reader.NodeProperties(element.AsNodeId)
            : reader.RelationshipProperties(element.AsRelationshipId);
        foreach (KeyValuePair<int, PropertyValue> property in properties)
        {
            if (!property.Value.IsNull)
            {
                entries.Add(new(reader.PropertyKeys[property.Key], StoredValues.ToCypher(property.Value)));
            }
        }
    }
}
