using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Centrality;

/// <summary>Degree (or with weights, strength) per node, as a score array like the other centralities.</summary>
public static class DegreeCentrality
{
    public static double[] Run(GraphProjection graph, DegreeDirection direction = DegreeDirection.Out, bool weighted = false, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var scores = new double[graph.NodeCount];
        if (!graph.IsDirected || direction != DegreeDirection.In)
        {
            Add(graph, scores, weighted);
        }

        if (graph.IsDirected && direction != DegreeDirection.Out)
        {
            cancellation.ThrowIfCancellationRequested();
            Add(graph.Transposed(), scores, weighted);
        }

        return scores;
    }

    private static void Add(GraphProjection graph, double[] scores, bool weighted)
    {
        for (int v = 0; v < scores.Length; v++)
        {
            scores[v] += weighted ? graph.WeightedDegree(v) : graph.Degree(v);
        }
    }
}
