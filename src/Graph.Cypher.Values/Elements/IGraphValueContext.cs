namespace Graph.Cypher.Values.Elements;

/// <summary>
/// The narrow read view of the graph that graph-aware functions and value formatting need; the
/// execution layer implements it over the store. Ids are the store's dense int ids.
/// </summary>
public interface IGraphValueContext
{
    IReadOnlyList<string> LabelsOf(int node);

    string TypeOf(int relationship);

    int StartNodeOf(int relationship);

    int EndNodeOf(int relationship);

    /// <summary>The property value, or <see cref="CypherValue.Null"/> when absent.</summary>
    CypherValue NodeProperty(int node, string key);

    CypherValue RelationshipProperty(int relationship, string key);

    IReadOnlyList<string> NodePropertyKeys(int node);

    IReadOnlyList<string> RelationshipPropertyKeys(int relationship);
}
