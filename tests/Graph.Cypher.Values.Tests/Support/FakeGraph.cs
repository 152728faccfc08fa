using Graph.Cypher.Values.Elements;

namespace Graph.Cypher.Values.Tests.Support;

/// <summary>Two nodes, (0:Person:Judge {name: 'Li'}) and (1), joined by (0)-[0:KNOWS {since: 2020}]->(1).</summary>
internal sealed class FakeGraph : IGraphValueContext
{
    public IReadOnlyList<string> LabelsOf(int node) => node == 0 ? ["Person", "Judge"] : [];

    public string TypeOf(int relationship) => "KNOWS";

    public int StartNodeOf(int relationship) => 0;

    public int EndNodeOf(int relationship) => 1;

    public CypherValue NodeProperty(int node, string key) => node == 0 && key == "name" ? CypherValue.String("Li") : CypherValue.Null;

    public CypherValue RelationshipProperty(int relationship, string key) => key == "since" ? 2020L : CypherValue.Null;

    public IReadOnlyList<string> NodePropertyKeys(int node) => node == 0 ? ["name"] : [];

    public IReadOnlyList<string> RelationshipPropertyKeys(int relationship) => ["since"];
}
