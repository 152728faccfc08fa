using Graph.Cypher.Values.Elements;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Semantics;

/// <summary>The x.key operator over maps, nodes, relationships, temporals and durations; null propagates.</summary>
public static class CypherPropertyAccess
{
    public static CypherValue Get(CypherValue value, string key, IGraphValueContext? graph) => value.Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.Map => value.AsMap[key],
        CypherValueKind.Node => Graph(graph).NodeProperty(value.AsNodeId, key),
        CypherValueKind.Relationship => Graph(graph).RelationshipProperty(value.AsRelationshipId, key),
        _ when value.IsTemporal => TemporalAccessors.Get(value, key),
        _ => throw Fail.Type($"Cannot read property '{key}' of a {value.TypeName}"),
    };

    private static IGraphValueContext Graph(IGraphValueContext? graph) =>
        graph ?? throw Fail.Value("Reading a graph element's property needs a graph context");
}
