using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Elements;

namespace Graph.Cypher.Values.Functions;

/// <summary>id, labels, type, startNode, endNode, keys, properties, nodes, relationships, length.</summary>
internal static class GraphFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Register("id", 1, 1, Id);
        registry.Register("labels", 1, 1, (a, c) => a[0].IsNull ? CypherValue.Null : Strings(Graph(c).LabelsOf(Node(a[0], "labels"))));
        registry.Register("type", 1, 1, (a, c) => a[0].IsNull ? CypherValue.Null : CypherValue.String(Graph(c).TypeOf(Relationship(a[0], "type"))));
        registry.Register("startNode", 1, 1, (a, c) => a[0].IsNull ? CypherValue.Null : CypherValue.Node(Graph(c).StartNodeOf(Relationship(a[0], "startNode"))));
        registry.Register("endNode", 1, 1, (a, c) => a[0].IsNull ? CypherValue.Null : CypherValue.Node(Graph(c).EndNodeOf(Relationship(a[0], "endNode"))));
        registry.Register("elementId", 1, 1, (a, c) => Id(a, c) is { IsNull: false } id ? CypherValue.String(id.AsInteger.ToString(System.Globalization.CultureInfo.InvariantCulture)) : CypherValue.Null);
        registry.Register("keys", 1, 1, Keys);
        registry.Register("properties", 1, 1, Properties);
        registry.Register("nodes", 1, 1, (a, _) => a[0].IsNull ? CypherValue.Null : CypherValue.List(Path(a[0], "nodes").Nodes.ToArray().Select(CypherValue.Node).ToArray()));
        registry.Register("relationships", 1, 1, (a, _) => a[0].IsNull
            ? CypherValue.Null
            : CypherValue.List(Path(a[0], "relationships").Relationships.ToArray().Select(CypherValue.Relationship).ToArray()));
        registry.Register("length", 1, 1, (a, _) => a[0].IsNull ? CypherValue.Null : CypherValue.Integer(Path(a[0], "length").Length));
    }

    private static IGraphValueContext Graph(FunctionContext context) =>
        context.Graph ?? throw Fail.Value("This function needs a graph, and none is attached to the context");

    private static int Node(CypherValue value, string function) =>
        value.Kind == CypherValueKind.Node ? value.AsNodeId : throw Fail.ArgumentType(function, value);

    private static int Relationship(CypherValue value, string function) =>
        value.Kind == CypherValueKind.Relationship ? value.AsRelationshipId : throw Fail.ArgumentType(function, value);

    private static CypherPath Path(CypherValue value, string function) =>
        value.Kind == CypherValueKind.Path ? value.AsPath : throw Fail.ArgumentType(function, value);

    private static CypherValue Strings(IEnumerable<string> items) => CypherValue.List(items.Select(CypherValue.String).ToArray());

    private static CypherValue Id(ReadOnlySpan<CypherValue> a, FunctionContext context) => a[0].Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.Node => CypherValue.Integer(a[0].AsNodeId),
        CypherValueKind.Relationship => CypherValue.Integer(a[0].AsRelationshipId),
        _ => throw Fail.ArgumentType("id", a[0]),
    };

    private static CypherValue Keys(ReadOnlySpan<CypherValue> a, FunctionContext context) => a[0].Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.Map => Strings(a[0].AsMap.Keys),
        CypherValueKind.Node => Strings(Graph(context).NodePropertyKeys(a[0].AsNodeId)),
        CypherValueKind.Relationship => Strings(Graph(context).RelationshipPropertyKeys(a[0].AsRelationshipId)),
        _ => throw Fail.ArgumentType("keys", a[0]),
    };

    private static CypherValue Properties(ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        var value = a[0];
        switch (value.Kind)
        {
            case CypherValueKind.Null:
                return CypherValue.Null;
            case CypherValueKind.Map:
                return value;
            case CypherValueKind.Node:
                var graph = Graph(context);
                return CypherValue.Map(new CypherMap(graph.NodePropertyKeys(value.AsNodeId)
                    .Select(k => new KeyValuePair<string, CypherValue>(k, graph.NodeProperty(value.AsNodeId, k)))));
            case CypherValueKind.Relationship:
                var store = Graph(context);
                return CypherValue.Map(new CypherMap(store.RelationshipPropertyKeys(value.AsRelationshipId)
                    .Select(k => new KeyValuePair<string, CypherValue>(k, store.RelationshipProperty(value.AsRelationshipId, k)))));
            default:
                throw Fail.ArgumentType("properties", value);
        }
    }
}
