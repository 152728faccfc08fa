using Graph.Algorithms.Components;
using Graph.Algorithms.Internal;
using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Community;

/// <summary>
/// Asynchronous label propagation (Raghavan et al. 2007) on the undirected weighted view: each node,
/// in a seeded random order per sweep, takes the label with the largest total edge weight among its
/// neighbours. Ties keep the current label when it is among the best, else go to a seeded random
/// choice among the best, so the run is deterministic for a seed. Fast but coarse: prefer Louvain
/// for quality, this for a first cut of a very large graph. The result's Levels is the number of sweeps.
/// </summary>
public static class LabelPropagation
{
    public static CommunityResult Run(GraphProjection graph, LabelPropagationOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= LabelPropagationOptions.Default;
        GraphProjection undirected = graph.AsUndirected();
        int n = undirected.NodeCount;
        int[] offsets = undirected.OffsetArray;
        int[] targets = undirected.TargetArray;
        double[] weights = undirected.WeightArray;
        var random = new Random(options.Seed);
        var label = new int[n];
        for (int v = 0; v < n; v++)
        {
            label[v] = v;
        }

        var score = new double[n];
        var touched = new List<int>();
        var best = new List<int>();
        var ticker = new Ticker(cancellation);
        int iterations = 0;
        for (; iterations < options.MaxIterations; iterations++)
        {
            int changes = 0;
            foreach (int v in Shuffle.Permutation(n, random))
            {
                ticker.Tick();
                for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
                {
                    int l = label[targets[slot]];
                    if (score[l] == 0)
                    {
                        touched.Add(l);
                    }

                    // Zero-weight edges still count a little, so a touched label is never mistaken for an untouched one.
                    score[l] += Math.Max(weights[slot], double.Epsilon);
                }

                int chosen = Choose(label[v], touched, score, best, random);
                foreach (int l in touched)
                {
                    score[l] = 0;
                }

                touched.Clear();
                if (chosen != label[v])
                {
                    label[v] = chosen;
                    changes++;
                }
            }

            if (changes == 0)
            {
                iterations++;
                break;
            }
        }

        int[] community = ComponentResult.Canonical(label, out int count);
        return new CommunityResult(community, count, Modularity.Of(undirected, community), iterations, [community]);
    }

    private static int Choose(int current, List<int> touched, double[] score, List<int> best, Random random)
    {
        if (touched.Count == 0)
        {
            return current;
        }

        double top = touched.Max(l => score[l]);
        if (score[current] == top)
        {
            return current;
        }

        best.Clear();
        best.AddRange(touched.Where(l => score[l] == top));
        best.Sort();
        return best[random.Next(best.Count)];
    }
}
