namespace Graph.Cypher.Values.Collections;

/// <summary>
/// A path as alternating node and relationship ids: nodes[i] and nodes[i + 1] are joined by
/// relationships[i]. Direction is read from the store, so the path only fixes the visiting order.
/// </summary>
public sealed class CypherPath
{
    private readonly int[] _nodes;
    private readonly int[] _relationships;

    public CypherPath(int[] nodes, int[] relationships)
    {
        if (nodes.Length != relationships.Length + 1)
        {
            throw new ArgumentException("A path has exactly one more node than relationships.", nameof(nodes));
        }

        _nodes = nodes;
        _relationships = relationships;
    }

    public ReadOnlySpan<int> Nodes => _nodes;

    public ReadOnlySpan<int> Relationships => _relationships;

    public int Length => _relationships.Length;

    public int Start => _nodes[0];

    public int End => _nodes[^1];

    public static CypherPath Single(int node) => new([node], []);
}
