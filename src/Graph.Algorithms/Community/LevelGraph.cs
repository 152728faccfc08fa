using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Community;

/// <summary>
/// The undirected weighted graph one Louvain level works on: adjacency without self-loops (each
/// edge listed at both ends) plus each node's self-loop weight, so a node's strength is its
/// adjacency weight plus twice its loop and the strengths add up to twice the total weight.
/// Aggregation turns communities into nodes and their inner edges into loops.
/// </summary>
internal sealed class LevelGraph
{
    private LevelGraph(int[] offsets, int[] targets, double[] weights, double[] loops)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        Loops = loops;
        Strength = new double[loops.Length];
        for (int v = 0; v < loops.Length; v++)
        {
            double sum = 2 * loops[v];
            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
            {
                sum += weights[slot];
            }

            Strength[v] = sum;
            TotalWeight += sum;
        }

        TotalWeight /= 2;
    }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public double[] Weights { get; }

    public double[] Loops { get; }

    public double[] Strength { get; }

    /// <summary>m: the sum of all edge weights, each undirected edge once.</summary>
    public double TotalWeight { get; }

    public int NodeCount => Loops.Length;

    /// <summary>From an undirected projection, where a self-loop is listed once.</summary>
    public static LevelGraph From(GraphProjection graph)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetArray;
        int[] targets = graph.TargetArray;
        double[] weights = graph.WeightArray;
        var loops = new double[n];
        var newOffsets = new int[n + 1];
        for (int v = 0; v < n; v++)
        {
            int kept = 0;
            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
            {
                if (targets[slot] == v)
                {
                    loops[v] += weights[slot];
                }
                else
                {
                    kept++;
                }
            }

            newOffsets[v + 1] = newOffsets[v] + kept;
        }

        var newTargets = new int[newOffsets[n]];
        var newWeights = new double[newOffsets[n]];
        for (int v = 0; v < n; v++)
        {
            int next = newOffsets[v];
            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
            {
                if (targets[slot] != v)
                {
                    newTargets[next] = targets[slot];
                    newWeights[next++] = weights[slot];
                }
            }
        }

        return new LevelGraph(newOffsets, newTargets, newWeights, loops);
    }

    /// <summary>One node per community (ids 0..count-1); parallel edges merged, inner edges become loops.</summary>
    public LevelGraph Aggregate(int[] community, int count, CancellationToken cancellation)
    {
        // Members grouped by community with a counting sort, so each new row is built in one sweep.
        var start = new int[count + 1];
        foreach (int c in community)
        {
            start[c + 1]++;
        }

        for (int c = 0; c < count; c++)
        {
            start[c + 1] += start[c];
        }

        var members = new int[NodeCount];
        var fill = (int[])start.Clone();
        for (int v = 0; v < NodeCount; v++)
        {
            members[fill[community[v]]++] = v;
        }

        var loops = new double[count];
        var offsets = new int[count + 1];
        var targets = new List<int>();
        var weights = new List<double>();
        var accumulated = new double[count];
        var seen = new bool[count];
        var touched = new List<int>();
        for (int c = 0; c < count; c++)
        {
            cancellation.ThrowIfCancellationRequested();
            for (int i = start[c]; i < start[c + 1]; i++)
            {
                int v = members[i];
                loops[c] += Loops[v];
                for (int slot = Offsets[v]; slot < Offsets[v + 1]; slot++)
                {
                    int d = community[Targets[slot]];
                    if (d == c)
                    {
                        // An inner edge is listed at both its ends: half its weight from each.
                        loops[c] += Weights[slot] / 2;
                    }
                    else
                    {
                        if (!seen[d])
                        {
                            seen[d] = true;
                            touched.Add(d);
                        }

                        accumulated[d] += Weights[slot];
                    }
                }
            }

            touched.Sort();
            foreach (int d in touched)
            {
                targets.Add(d);
                weights.Add(accumulated[d]);
                accumulated[d] = 0;
                seen[d] = false;
            }

            touched.Clear();
            offsets[c + 1] = targets.Count;
        }

        return new LevelGraph(offsets, [.. targets], [.. weights], loops);
    }
}
