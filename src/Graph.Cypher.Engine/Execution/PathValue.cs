namespace Graph.Cypher.Engine.Execution;

/// <summary>A path as alternating node and relationship ids: Nodes.Length == Relationships.Length + 1.</summary>
public sealed class PathValue : IEquatable<PathValue>
{
    public PathValue(int[] nodes, int[] relationships)
    {
        if (nodes.Length != relationships.Length + 1)
        {
            throw new ArgumentException("A path has one more node than relationships.", nameof(nodes));
        }

        Nodes = nodes;
        Relationships = relationships;
    }

    public IReadOnlyList<int> Nodes { get; }

    public IReadOnlyList<int> Relationships { get; }

    public int Length => Relationships.Count;

    public int Start => Nodes[0];

    public int End => Nodes[^1];

    public bool Equals(PathValue? other)
    {
        if (other is null || other.Length != Length || other.Start != Start)
        {
            return false;
        }

        for (int i = 0; i < Length; i++)
        {
            if (Relationships[i] != other.Relationships[i] || Nodes[i + 1] != other.Nodes[i + 1])
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as PathValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Start);
        for (int i = 0; i < Length; i++)
        {
            hash.Add(Relationships[i]);
        }

        return hash.ToHashCode();
    }

    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append("(#").Append(Start).Append(')');
        for (int i = 0; i < Length; i++)
        {
            text.Append("-[#").Append(Relationships[i]).Append("]-(#").Append(Nodes[i + 1]).Append(')');
        }

        return text.ToString();
    }
}
