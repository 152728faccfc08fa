using Graph.Algorithms.Internal;

namespace Graph.Algorithms.Community;

/// <summary>
/// Louvain's first phase with Leiden's queue ("fast local move"): every node is queued once in a
/// seeded random order; a node is moved to the neighbouring community with the largest modularity
/// gain k_i,C − γ Σ_C k_i / 2m, and when it moves, its neighbours outside its new community are
/// queued again. Unlike full sweeps, settled regions of the graph cost nothing after the first
/// round (several times faster on large graphs). Only a strictly better community wins (by a small
/// epsilon, so rounding cannot make two communities trade a node forever).
/// </summary>
internal static class LocalMoving
{
    private const double Epsilon = 1e-12;

    /// <summary>Improves <paramref name="community"/> in place; true when any node moved.</summary>
    public static bool Run(LevelGraph graph, int[] community, LouvainOptions options, Random random, CancellationToken cancellation)
    {
        int n = graph.NodeCount;
        double twoM = 2 * graph.TotalWeight;
        if (twoM <= 0)
        {
            return false;
        }

        double gamma = options.Resolution;
        var totals = new double[n];
        for (int v = 0; v < n; v++)
        {
            totals[community[v]] += graph.Strength[v];
        }

        var toCommunity = new double[n];
        var seen = new bool[n];
        var touched = new List<int>();
        var ticker = new Ticker(cancellation);
        var queue = new Queue<int>(Shuffle.Permutation(n, random));
        var queued = new bool[n];
        Array.Fill(queued, true);

        // The queue empties at a local optimum; the budget only guards against pathological churn.
        long budget = (long)options.MaxPasses * n;
        bool movedAny = false;
        while (budget-- > 0 && queue.TryDequeue(out int v))
        {
            ticker.Tick();
            queued[v] = false;
            int current = community[v];
            double k = graph.Strength[v];
            for (int slot = graph.Offsets[v]; slot < graph.Offsets[v + 1]; slot++)
            {
                int c = community[graph.Targets[slot]];
                if (!seen[c])
                {
                    seen[c] = true;
                    touched.Add(c);
                }

                toCommunity[c] += graph.Weights[slot];
            }

            totals[current] -= k;
            int best = current;
            double bestGain = toCommunity[current] - (gamma * totals[current] * k / twoM);
            foreach (int c in touched)
            {
                double gain = toCommunity[c] - (gamma * totals[c] * k / twoM);
                if (gain > bestGain + Epsilon)
                {
                    best = c;
                    bestGain = gain;
                }

                toCommunity[c] = 0;
                seen[c] = false;
            }

            touched.Clear();
            toCommunity[current] = 0;
            totals[best] += k;
            if (best == current)
            {
                continue;
            }

            community[v] = best;
            movedAny = true;
            for (int slot = graph.Offsets[v]; slot < graph.Offsets[v + 1]; slot++)
            {
                int u = graph.Targets[slot];
                if (!queued[u] && community[u] != best)
                {
                    queued[u] = true;
                    queue.Enqueue(u);
                }
            }
        }

        return movedAny;
    }
}
