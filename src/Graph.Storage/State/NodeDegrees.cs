namespace Graph.Storage.State;

/// <summary>
/// Live relationship count per node (a self-loop counts twice), for refusing a non-detach delete
/// without scanning every relationship. Built on first need, then kept up to date by the writer.
/// </summary>
internal sealed class NodeDegrees
{
    private int[] _degrees;

    private NodeDegrees(int[] degrees) => _degrees = degrees;

    public int this[int node] => node < _degrees.Length ? _degrees[node] : 0;

    public static NodeDegrees Build(RelationshipColumns relationships, int nodeCount)
    {
        var degrees = new int[Math.Max(16, nodeCount)];
        for (int r = 0; r < relationships.Count; r++)
        {
            if (relationships.Type[r] != RelationshipColumns.DeletedType)
            {
                degrees[relationships.Start[r]]++;
                degrees[relationships.End[r]]++;
            }
        }

        return new NodeDegrees(degrees);
    }

    public void Add(int node, int delta)
    {
        if (node >= _degrees.Length)
        {
            Array.Resize(ref _degrees, Math.Max(node + 1, _degrees.Length * 2));
        }

        _degrees[node] += delta;
    }
}
