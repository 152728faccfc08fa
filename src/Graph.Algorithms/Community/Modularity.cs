using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Community;

/// <summary>Newman–Girvan modularity (with resolution) of a partition, on the undirected weighted view of a projection.</summary>
public static class Modularity
{
    public static double Of(GraphProjection graph, int[] community, double resolution = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(community.Length, graph.NodeCount, nameof(community));
        return Of(LevelGraph.From(graph.AsUndirected()), community, resolution);
    }

    internal static double Of(LevelGraph graph, int[] community, double resolution)
    {
        double m = graph.TotalWeight;
        if (m <= 0)
        {
            return 0;
        }

        int count = community.Length == 0 ? 0 : community.Max() + 1;
        var inner = new double[count];
        var strength = new double[count];
        for (int v = 0; v < graph.NodeCount; v++)
        {
            int c = community[v];
            strength[c] += graph.Strength[v];
            inner[c] += graph.Loops[v];
            for (int slot = graph.Offsets[v]; slot < graph.Offsets[v + 1]; slot++)
            {
                if (community[graph.Targets[slot]] == c)
                {
                    // Listed at both ends: half from each.
                    inner[c] += graph.Weights[slot] / 2;
                }
            }
        }

        double q = 0;
        for (int c = 0; c < count; c++)
        {
            double share = strength[c] / (2 * m);
            q += (inner[c] / m) - (resolution * share * share);
        }

        return q;
    }
}
