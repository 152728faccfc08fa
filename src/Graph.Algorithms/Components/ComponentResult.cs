namespace Graph.Algorithms.Components;

/// <summary>
/// A partition of the projection's nodes: Component[v] in 0..Count-1, numbered in order of each
/// component's smallest node index, so the numbering depends only on the graph.
/// </summary>
public sealed record ComponentResult(int[] Component, int Count)
{
    /// <summary>The number of nodes in each component.</summary>
    public int[] Sizes()
    {
        var sizes = new int[Count];
        foreach (int component in Component)
        {
            sizes[component]++;
        }

        return sizes;
    }

    /// <summary>Renumbers arbitrary labels 0..k-1 by first appearance, the canonical form every partition here returns.</summary>
    internal static int[] Canonical(int[] labels, out int count)
    {
        var map = new Dictionary<int, int>();
        var result = new int[labels.Length];
        for (int v = 0; v < labels.Length; v++)
        {
            if (!map.TryGetValue(labels[v], out int id))
            {
                id = map.Count;
                map[labels[v]] = id;
            }

            result[v] = id;
        }

        count = map.Count;
        return result;
    }
}
