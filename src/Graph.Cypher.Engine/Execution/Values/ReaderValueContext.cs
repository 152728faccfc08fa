using Graph.Cypher.Values;
using Graph.Cypher.Values.Elements;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Values;

/// <summary>The graph view functions and formatting need, read through the query's reader (snapshot or overlay).</summary>
public sealed class ReaderValueContext(IGraphReader reader) : IGraphValueContext
{
    public IGraphReader Reader => reader;

    public IReadOnlyList<string> LabelsOf(int node)
    {
        ReadOnlySpan<int> ids = reader.LabelsOf(node);
        var names = new string[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            names[i] = reader.Labels[ids[i]];
        }

        return names;
    }

    public string TypeOf(int relationship) => reader.RelationshipTypes[reader.RelationshipType(relationship)];

    public int StartNodeOf(int relationship) => reader.StartNode(relationship);

    public int EndNodeOf(int relationship) => reader.EndNode(relationship);

    public CypherValue NodeProperty(int node, string key)
    {
        int keyId = reader.PropertyKeyId(key);
        return keyId < 0 ? CypherValue.Null : StoredValues.ToCypher(reader.NodeProperty(node, keyId));
    }

    public CypherValue RelationshipProperty(int relationship, string key)
    {
        int keyId = reader.PropertyKeyId(key);
        return keyId < 0 ? CypherValue.Null : StoredValues.ToCypher(reader.RelationshipProperty(relationship, keyId));
    }

    public IReadOnlyList<string> NodePropertyKeys(int node) => KeyNames(reader.NodeProperties(node));

    public IReadOnlyList<string> RelationshipPropertyKeys(int relationship) => KeyNames(reader.RelationshipProperties(relationship));

    private List<string> KeyNames(IEnumerable<KeyValuePair<int, Graph.Storage.Values.PropertyValue>> properties)
    {
        var names = new List<string>();
        foreach (var property in properties)
        {
            if (!property.Value.IsNull)
            {
                names.Add(reader.PropertyKeys[property.Key]);
            }
        }

        return names;
    }
}
