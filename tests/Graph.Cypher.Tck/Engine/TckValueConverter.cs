using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Tck.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Formatting;
using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// Translates between the harness's <see cref="TckValue"/> and the engine's <see cref="CypherValue"/>.
/// Engine values carry only ids for graph elements, so turning them into TCK values needs the reader they came from.
/// Temporal values become their plain ISO text because that is how TCK result tables write them (<c>'2015-07-21'</c>).
/// </summary>
public static class TckValueConverter
{
    /// <summary>A parameter or procedure output: TCK tables only hold literals, so graph elements are refused.</summary>
    public static CypherValue ToCypher(TckValue value) => value switch
    {
        TckNull => CypherValue.Null,
        TckBoolean boolean => CypherValue.Boolean(boolean.Value),
        TckInteger integer => CypherValue.Integer(integer.Value),
        TckFloat number => CypherValue.Float(number.Value),
        TckString text => CypherValue.String(text.Value),
        TckList list => CypherValue.List(list.Items.Select(ToCypher).ToArray()),
        TckMap map => CypherValue.Map(new CypherMap(map.Entries.Select(entry => new KeyValuePair<string, CypherValue>(entry.Key, ToCypher(entry.Value))))),
        _ => throw new ArgumentException($"{value} cannot be passed to the engine: only literals can be parameters.", nameof(value)),
    };

    public static TckValue ToTck(CypherValue value, IGraphReader graph) => value.Kind switch
    {
        CypherValueKind.Null => TckValue.Null,
        CypherValueKind.Boolean => new TckBoolean(value.AsBoolean),
        CypherValueKind.Integer => new TckInteger(value.AsInteger),
        CypherValueKind.Float => new TckFloat(value.AsFloat),
        CypherValueKind.String => new TckString(value.AsString),
        CypherValueKind.List => new TckList(value.AsList.Select(item => ToTck(item, graph)).ToList()),
        CypherValueKind.Map => new TckMap(value.AsMap.Select(entry => new KeyValuePair<string, TckValue>(entry.Key, ToTck(entry.Value, graph))).ToList()),
        CypherValueKind.Node => Node(value.AsNodeId, graph),
        CypherValueKind.Relationship => Relationship(value.AsRelationshipId, graph),
        CypherValueKind.Path => Path(value.AsPath, graph),
        _ => new TckString(CypherStringConversion.TryConvert(value) ?? value.ToString()),
    };

    public static TckValue ToTck(PropertyValue stored, IGraphReader graph) => ToTck(StoredValues.ToCypher(stored), graph);

    /// <summary>
    /// A node with its labels and properties. A deleted node (returned by the query that deleted it) has neither
    /// any more, so it shows as an empty node rather than failing the whole result.
    /// </summary>
    public static TckNode Node(int id, IGraphReader graph)
    {
        if (!graph.NodeExists(id))
        {
            return new TckNode([], TckMap.Empty);
        }

        var labels = new List<string>();
        foreach (var label in graph.LabelsOf(id))
        {
            labels.Add(graph.Labels[label]);
        }

        return new TckNode(labels, Properties(graph.NodeProperties(id), graph));
    }

    public static TckRelationship Relationship(int id, IGraphReader graph) =>
        graph.RelationshipExists(id)
            ? new TckRelationship(graph.RelationshipTypes[graph.RelationshipType(id)], Properties(graph.RelationshipProperties(id), graph))
            : new TckRelationship(string.Empty, TckMap.Empty);

    /// <summary>The path stores only the visiting order; a hop points forward when its relationship starts at the node before it.</summary>
    public static TckPath Path(CypherPath path, IGraphReader graph)
    {
        var nodes = path.Nodes;
        var relationships = path.Relationships;
        var segments = new List<TckPathSegment>(relationships.Length);
        for (var i = 0; i < relationships.Length; i++)
        {
            var relationship = relationships[i];
            var forward = !graph.RelationshipExists(relationship) || graph.StartNode(relationship) == nodes[i];
            segments.Add(new TckPathSegment(Relationship(relationship, graph), forward, Node(nodes[i + 1], graph)));
        }

        return new TckPath(Node(nodes[0], graph), segments);
    }

    private static TckMap Properties(IEnumerable<KeyValuePair<int, PropertyValue>> properties, IGraphReader graph)
    {
        var entries = new List<KeyValuePair<string, TckValue>>();
        foreach (var (key, value) in properties)
        {
            if (!value.IsNull)
            {
                entries.Add(new(graph.PropertyKeys[key], ToTck(value, graph)));
            }
        }

        return new TckMap(entries);
    }
}
