using Graph.Algorithms.Internal;

namespace Graph.Algorithms.Community;

/// <summary>
/// Leiden's refinement phase (Traag, Waltman &amp; van Eck 2019) in its greedy form (θ → 0): inside
/// each community, every node starts alone; in seeded random order, a node that is still alone and
/// well connected to its community joins the well-connected sub-community with the largest
/// non-negative gain. Aggregating by these sub-communities, while starting the next level from the
/// unrefined communities, is what keeps every community connected.
/// </summary>
internal static class Refinement
{
    /// <summary>The refined partition (ids 0..n-1, not canonical); each refined community lies inside one of <paramref name="community"/>.</summary>
    public static int[] Run(LevelGraph graph, int[] community, int communityCount, double gamma, Random random, CancellationToken cancellation)
    {
        int n = graph.NodeCount;
        double twoM = 2 * graph.TotalWeight;
        var refined = new int[n];
        var size = new double[n];
        var external = new double[n];
        var members = new int[n];
        var communityStrength = new double[communityCount];
        for (int v = 0; v < n; v++)
        {
            refined[v] = v;
            members[v] = 1;
            size[v] = graph.Strength[v];
            communityStrength[community[v]] += graph.Strength[v];
            for (int slot = graph.Offsets[v]; slot < graph.Offsets[v + 1]; slot++)
            {
                if (community[graph.Targets[slot]] == community[v])
                {
                    external[v] += graph.Weights[slot];
                }
            }
        }

        if (twoM <= 0)
        {
            return refined;
        }

        var toRefined = new double[n];
        var seen = new bool[n];
        var touched = new List<int>();
        var ticker = new Ticker(cancellation);
        foreach (int v in Shuffle.Permutation(n, random))
        {
            ticker.Tick();
            double k = graph.Strength[v];
            double total = communityStrength[community[v]];
            if (members[refined[v]] != 1 || external[v] < gamma * k * (total - k) / twoM)
            {
                continue;
            }

            for (int slot = graph.Offsets[v]; slot < graph.Offsets[v + 1]; slot++)
            {
                int u = graph.Targets[slot];
                if (community[u] != community[v])
                {
                    continue;
                }

                int r = refined[u];
                if (!seen[r])
                {
                    seen[r] = true;
                    touched.Add(r);
                }

                toRefined[r] += graph.Weights[slot];
            }

            int best = -1;
            double bestGain = 0;
            foreach (int r in touched)
            {
                bool wellConnected = external[r] >= gamma * size[r] * (total - size[r]) / twoM;
                double gain = toRefined[r] - (gamma * k * size[r] / twoM);
                if (r != refined[v] && wellConnected && (best < 0 ? gain >= 0 : gain > bestGain))
                {
                    best = r;
                    bestGain = gain;
                }
            }

            if (best >= 0)
            {
                int own = refined[v];
                external[best] += external[own] - (2 * toRefined[best]);
                size[best] += size[own];
                members[best] += 1;
                members[own] = 0;
                refined[v] = best;
            }

            foreach (int r in touched)
            {
                toRefined[r] = 0;
                seen[r] = false;
            }

            touched.Clear();
        }

        return refined;
    }
}
