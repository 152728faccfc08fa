using System.Text.Json;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Formatting;
using Graph.Storage.Reading;

namespace Graph.Cli.Query;

/// <summary>
/// Values as JSON for programs: nodes <c>{"id", "labels", "properties"}</c>, relationships <c>{"id", "type", "start",
/// "end", "properties"}</c>, paths <c>{"nodes", "relationships"}</c>, temporals as ISO strings; NaN and infinities,
/// which JSON cannot hold as numbers, as the strings "NaN", "Infinity", "-Infinity".
/// </summary>
public sealed class JsonValueWriter(IGraphReader graph)
{
    private readonly LiveGraphContext _context = new(graph);

    public void Write(Utf8JsonWriter json, CypherValue value)
    {
        switch (value.Kind)
        {
            case CypherValueKind.Null:
                json.WriteNullValue();
                break;
            case CypherValueKind.Boolean:
                json.WriteBooleanValue(value.AsBoolean);
                break;
            case CypherValueKind.Integer:
                json.WriteNumberValue(value.AsInteger);
                break;
            case CypherValueKind.Float when double.IsFinite(value.AsFloat):
                json.WriteNumberValue(value.AsFloat);
                break;
            case CypherValueKind.List:
                json.WriteStartArray();
                foreach (var item in value.AsList)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case CypherValueKind.Map:
                json.WriteStartObject();
                foreach (var (key, item) in value.AsMap)
                {
                    json.WritePropertyName(key);
                    Write(json, item);
                }

                json.WriteEndObject();
                break;
            case CypherValueKind.Node:
                WriteNode(json, value.AsNodeId);
                break;
            case CypherValueKind.Relationship:
                WriteRelationship(json, value.AsRelationshipId);
                break;
            case CypherValueKind.Path:
                WritePath(json, value);
                break;
            default:
                json.WriteStringValue(CypherStringConversion.TryConvert(value) ?? value.ToString());
                break;
        }
    }

    private void WriteNode(Utf8JsonWriter json, int node)
    {
        json.WriteStartObject();
        json.WriteNumber("id", node);
        json.WriteStartArray("labels");
        foreach (var label in _context.LabelsOf(node))
        {
            json.WriteStringValue(label);
        }

        json.WriteEndArray();
        json.WritePropertyName("properties");
        WriteProperties(json, _context.NodePropertyKeys(node), key => _context.NodeProperty(node, key));
        json.WriteEndObject();
    }

    private void WriteRelationship(Utf8JsonWriter json, int relationship)
    {
        json.WriteStartObject();
        json.WriteNumber("id", relationship);
        json.WriteString("type", _context.TypeOf(relationship));
        json.WriteNumber("start", _context.StartNodeOf(relationship));
        json.WriteNumber("end", _context.EndNodeOf(relationship));
        json.WritePropertyName("properties");
        WriteProperties(json, _context.RelationshipPropertyKeys(relationship), key => _context.RelationshipProperty(relationship, key));
        json.WriteEndObject();
    }

    private void WritePath(Utf8JsonWriter json, CypherValue value)
    {
        var path = value.AsPath;
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var node in path.Nodes)
        {
            WriteNode(json, node);
        }

        json.WriteEndArray();
        json.WriteStartArray("relationships");
        foreach (var relationship in path.Relationships)
        {
            WriteRelationship(json, relationship);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteProperties(Utf8JsonWriter json, IReadOnlyList<string> keys, Func<string, CypherValue> read)
    {
        json.WriteStartObject();
        foreach (var key in keys)
        {
            json.WritePropertyName(key);
            Write(json, read(key));
        }

        json.WriteEndObject();
    }
}
