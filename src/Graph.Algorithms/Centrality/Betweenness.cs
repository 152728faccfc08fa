using Graph.Algorithms.Internal;
using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Centrality;

/// <summary>
/// Brandes' betweenness (2001): for each source, count shortest paths forwards, then accumulate
/// dependencies backwards. Parallel edges are distinct paths. Raw (unnormalised) scores; on an
/// undirected projection each unordered pair counts once. Our own: QuikGraph has no betweenness.
/// </summary>
public static class Betweenness
{
    public static double[] Run(GraphProjection graph, BetweennessOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= BetweennessOptions.Default;
        int n = graph.NodeCount;
        var centrality = new double[n];
        if (n == 0)
        {
            return centrality;
        }

        bool weighted = options.Weighted ?? graph.IsWeighted;
        int[] sources = Sources(n, options);
        var state = new SourceState(n);
        var ticker = new Ticker(cancellation, 64);
        foreach (int source in sources)
        {
            ticker.Tick();
            state.Reset();
            if (weighted)
            {
                state.Dijkstra(graph, source);
            }
            else
            {
                state.Bfs(graph, source);
            }

            state.Accumulate(source, centrality);
        }

        // Sampling estimates the full sum; an undirected pair was seen from both of its ends.
        double scale = (double)n / sources.Length * (graph.IsDirected ? 1.0 : 0.5);
        for (int v = 0; v < n; v++)
        {
            centrality[v] *= scale;
        }

        return centrality;
    }

    private static int[] Sources(int n, BetweennessOptions options)
    {
        if (options.Samples is not { } samples || samples >= n)
        {
            return [.. Enumerable.Range(0, n)];
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples, nameof(options));
        int[] order = Shuffle.Permutation(n, new Random(options.Seed));
        return order[..samples];
    }
}
