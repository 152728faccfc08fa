using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>Turns the values write clauses are given into what the overlay stores.</summary>
internal static class PropertyValues
{
    /// <summary>The stored form of a property value; null stays <see cref="PropertyValue.Null"/>, which removes the key.</summary>
    public static PropertyValue ToStored(string key, CypherValue value) =>
        StoredValues.ToProperty(value) ?? throw WriteErrors.InvalidPropertyType(key, value);

    /// <summary>
    /// The entries a property map stands for: a map, or the properties of a node or relationship
    /// (<c>SET r = a</c>), read now so that later writes to the source do not change them; null has none.
    /// </summary>
    public static List<KeyValuePair<string, CypherValue>> Entries(QueryContext context, CypherValue source, string clause)
    {
        var entries = new List<KeyValuePair<string, CypherValue>>();
        IGraphReader reader = context.Reader;
        switch (source.Kind)
        {
            case CypherValueKind.Null:
                break;
            case CypherValueKind.Map:
                entries.AddRange(source.AsMap);
                break;
            case CypherValueKind.Node:
                AddStored(entries, reader, reader.NodeProperties(source.AsNodeId));
                break;
            case CypherValueKind.Relationship:
                AddStored(entries, reader, reader.RelationshipProperties(source.AsRelationshipId));
                break;
            default:
                throw WriteErrors.NotAnElement(clause, "a map, node or relationship", source);
        }

        return entries;
    }

    /// <summary>The names of the keys an element has now, for the removals of <c>SET n = map</c>.</summary>
    public static List<string> KeysOf(IGraphReader reader, CypherValue element)
    {
        var keys = new List<string>();
        IEnumerable<KeyValuePair<int, PropertyValue>> properties = element.Kind == CypherValueKind.Node
            ? reader.NodeProperties(element.AsNodeId)
            : reader.RelationshipProperties(element.AsRelationshipId);
        foreach (KeyValuePair<int, PropertyValue> property in properties)
        {
            if (!property.Value.IsNull)
            {
                keys.Add(reader.PropertyKeys[property.Key]);
            }
        }

        return keys;
    }

    private static void AddStored(List<KeyValuePair<string, CypherValue>> entries, IGraphReader reader, IEnumerable<KeyValuePair<int, PropertyValue>> properties)
    {
        foreach (KeyValuePair<int, PropertyValue> property in properties)
        {
            if (!property.Value.IsNull)
            {
                entries.Add(new(reader.PropertyKeys[property.Key], StoredValues.ToCypher(property.Value)));
            }
        }
    }
}
