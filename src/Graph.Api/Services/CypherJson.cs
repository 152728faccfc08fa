using System.Globalization;
using Graph.Api.Security;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Formatting;
using Graph.Storage.Reading;

namespace Graph.Api.Services;

/// <summary>
/// Cypher values as JSON-ready objects: nodes <c>{id, labels, properties}</c> with the API's opaque ids,
/// relationships <c>{type, start, end, properties}</c>, paths <c>{nodes, relationships}</c>, temporals as ISO text.
/// Identifiers are masked for callers who may not see them: by property name and, in any text, by pattern.
/// </summary>
public sealed class CypherJson(IGraphReader reader, NodeIdCodec ids, bool mask)
{
    private readonly ReaderValueContext _context = new(reader);

    public object? ToPlain(CypherValue value, string? key = null)
    {
        switch (value.Kind)
        {
            case CypherValueKind.Null:
                return null;
            case CypherValueKind.Boolean:
                return value.AsBoolean;
            case CypherValueKind.Integer:
                return value.AsInteger;
            case CypherValueKind.Float:
                return double.IsFinite(value.AsFloat) ? value.AsFloat : value.AsFloat.ToString(CultureInfo.InvariantCulture);
            case CypherValueKind.String:
                return Text(value.AsString, key);
            case CypherValueKind.List:
                return value.AsList.Select(item => ToPlain(item, key)).ToList();
            case CypherValueKind.Map:
                return value.AsMap.ToDictionary(p => p.Key, p => ToPlain(p.Value, p.Key), StringComparer.Ordinal);
            case CypherValueKind.Node:
                return Node(value.AsNodeId);
            case CypherValueKind.Relationship:
                return Relationship(value.AsRelationshipId);
            case CypherValueKind.Path:
                var path = value.AsPath;
                return new Dictionary<string, object?>
                {
                    ["nodes"] = path.Nodes.ToArray().Select(Node).ToList(),
                    ["relationships"] = path.Relationships.ToArray().Select(Relationship).ToList(),
                };
            default:
                return CypherStringConversion.TryConvert(value) ?? value.ToString();
        }
    }

    private string Text(string text, string? key)
    {
        if (!mask)
        {
            return text;
        }

        return key is not null && IdentifierMasker.IsIdentifierKey(key) ? IdentifierMasker.Mask(text) : IdentifierMasker.MaskText(text);
    }

    private Dictionary<string, object?> Node(int node)
    {
        if (!reader.NodeExists(node))
        {
            return new Dictionary<string, object?> { ["id"] = null, ["labels"] = Array.Empty<string>(), ["properties"] = new Dictionary<string, object?>() };
        }

        return new Dictionary<string, object?>
        {
            ["id"] = ids.Encode(reader.NodeKey(node)),
            ["labels"] = _context.LabelsOf(node),
            ["properties"] = _context.NodePropertyKeys(node).ToDictionary(k => k, k => ToPlain(_context.NodeProperty(node, k), k), StringComparer.Ordinal),
        };
    }

    private Dictionary<string, object?> Relationship(int relationship)
    {
        if (!reader.RelationshipExists(relationship))
        {
            return new Dictionary<string, object?> { ["type"] = null };
        }

        return new Dictionary<string, object?>
        {
            ["type"] = _context.TypeOf(relationship),
            ["start"] = ids.Encode(reader.NodeKey(reader.StartNode(relationship))),
            ["end"] = ids.Encode(reader.NodeKey(reader.EndNode(relationship))),
            ["properties"] = _context.RelationshipPropertyKeys(relationship).ToDictionary(k => k, k => ToPlain(_context.RelationshipProperty(relationship, k), k), StringComparer.Ordinal),
        };
    }
}
