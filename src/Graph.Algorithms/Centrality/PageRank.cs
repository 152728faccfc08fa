using Graph.Algorithms.Internal;
using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Centrality;

/// <summary>
/// PageRank by power iteration over the rows, pushing each node's score along its out-edges
/// (weighted or not). Dangling nodes hand their score to the teleport distribution, so the scores
/// stay a probability distribution. Our own rather than QuikGraph's PageRankAlgorithm: that one is
/// unweighted, keeps scores in dictionaries, drops the dangling nodes' mass and does not normalise
/// (its scores sum to n, not 1); the tests use it as a reference on graphs without dangling nodes.
/// </summary>
public static class PageRank
{
    public static PageRankResult Run(GraphProjection graph, PageRankOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= PageRankOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Damping, 0.0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Damping, 1.0, nameof(options));
        int n = graph.NodeCount;
        if (n == 0)
        {
            return new PageRankResult([], 0, true);
        }

        bool weighted = options.Weighted ?? graph.IsWeighted;
        double[] teleport = Teleport(n, options.SourceNodes);
        double[] outWeight = OutWeights(graph, weighted);
        int[] offsets = graph.OffsetArray;
        int[] targets = graph.TargetArray;
        double[] weights = graph.WeightArray;
        double d = options.Damping;
        var score = (double[])teleport.Clone();
        var next = new double[n];
        var ticker = new Ticker(cancellation);
        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            double dangling = 0;
            Array.Clear(next);
            for (int v = 0; v < n; v++)
            {
                ticker.Tick();
                if (outWeight[v] <= 0)
                {
                    dangling += score[v];
                    continue;
                }

                double share = d * score[v] / outWeight[v];
                for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
                {
                    next[targets[slot]] += weighted ? share * weights[slot] : share;
                }
            }

            double change = 0;
            double rest = (1 - d) + (d * dangling);
            for (int v = 0; v < n; v++)
            {
                next[v] += rest * teleport[v];
                change += Math.Abs(next[v] - score[v]);
            }

            (score, next) = (next, score);
            if (change < options.Tolerance)
            {
                return new PageRankResult(score, iteration, true);
            }
        }

        return new PageRankResult(score, options.MaxIterations, false);
    }

    private static double[] Teleport(int n, IReadOnlyList<int>? sources)
    {
        var teleport = new double[n];
        if (sources is null || sources.Count == 0)
        {
            Array.Fill(teleport, 1.0 / n);
            return teleport;
        }

        int[] distinct = [.. sources.Distinct()];
        foreach (int source in distinct)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)source, (uint)n, nameof(sources));
            teleport[source] = 1.0 / distinct.Length;
        }

        return teleport;
    }

    private static double[] OutWeights(GraphProjection graph, bool weighted)
    {
        var result = new double[graph.NodeCount];
        for (int v = 0; v < result.Length; v++)
        {
            result[v] = weighted ? graph.WeightedDegree(v) : graph.Degree(v);
        }

        return result;
    }
}
