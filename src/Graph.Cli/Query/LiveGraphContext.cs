using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Elements;
using Graph.Storage.Reading;

namespace Graph.Cli.Query;

/// <summary>
/// The graph view value formatting reads labels, types and properties through. A query may return an element it has
/// just deleted (<c>MATCH (n) DELETE n RETURN n</c>); such an element prints bare instead of failing the whole output.
/// </summary>
public sealed class LiveGraphContext(IGraphReader graph) : IGraphValueContext
{
    private readonly ReaderValueContext _inner = new(graph);

    public IReadOnlyList<string> LabelsOf(int node) => graph.NodeExists(node) ? _inner.LabelsOf(node) : [];

    public string TypeOf(int relationship) => graph.RelationshipExists(relationship) ? _inner.TypeOf(relationship) : "?";

    public int StartNodeOf(int relationship) => graph.RelationshipExists(relationship) ? _inner.StartNodeOf(relationship) : -1;

    public int EndNodeOf(int relationship) => graph.RelationshipExists(relationship) ? _inner.EndNodeOf(relationship) : -1;

    public CypherValue NodeProperty(int node, string key) => graph.NodeExists(node) ? _inner.NodeProperty(node, key) : CypherValue.Null;

    public CypherValue RelationshipProperty(int relationship, string key) =>
        graph.RelationshipExists(relationship) ? _inner.RelationshipProperty(relationship, key) : CypherValue.Null;

    public IReadOnlyList<string> NodePropertyKeys(int node) => graph.NodeExists(node) ? _inner.NodePropertyKeys(node) : [];

    public IReadOnlyList<string> RelationshipPropertyKeys(int relationship) =>
        graph.RelationshipExists(relationship) ? _inner.RelationshipPropertyKeys(relationship) : [];
}
