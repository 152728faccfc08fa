using Graph.Algorithms.Components;
using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Community;

/// <summary>
/// Multi-level modularity optimisation (Blondel et al. 2008) on the undirected weighted view of a
/// projection, with Leiden's refinement when <see cref="LouvainOptions.Refine"/> is set. Our own:
/// QuikGraph has no community detection. Deterministic for a given seed.
/// </summary>
public static class Louvain
{
    public static CommunityResult Run(GraphProjection graph, LouvainOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= LouvainOptions.Default;
        cancellation.ThrowIfCancellationRequested();
        var random = new Random(options.Seed);
        LevelGraph baseGraph = LevelGraph.From(graph.AsUndirected());
        LevelGraph level = baseGraph;
        int n = graph.NodeCount;

        // assignment: original node -> node of the current level graph.
        var assignment = new int[n];
        for (int v = 0; v < n; v++)
        {
            assignment[v] = v;
        }

        int[] partition = Identity(n);
        int[] final = Identity(n);
        var hierarchy = new List<int[]>();
        for (int depth = 0; depth < options.MaxLevels; depth++)
        {
            bool moved = LocalMoving.Run(level, partition, options, random, cancellation);
            partition = ComponentResult.Canonical(partition, out int count);
            final = Compose(partition, assignment);
            if (moved || hierarchy.Count == 0)
            {
                hierarchy.Add(final);
            }

            if (count == level.NodeCount)
            {
                break;
            }

            if (!options.Refine)
            {
                level = level.Aggregate(partition, count, cancellation);
                assignment = final;
                partition = Identity(count);
                continue;
            }

            int[] refined = ComponentResult.Canonical(Refinement.Run(level, partition, count, options.Resolution, random, cancellation), out int refinedCount);
            if (refinedCount == level.NodeCount && !moved)
            {
                break;
            }

            // The next level starts from the unrefined communities of the refined ones.
            var parent = new int[refinedCount];
            for (int v = 0; v < level.NodeCount; v++)
            {
                parent[refined[v]] = partition[v];
            }

            level = level.Aggregate(refined, refinedCount, cancellation);
            assignment = Compose(refined, assignment);
            partition = parent;
        }

        if (options.Refine)
        {
            // Should the level cap stop Leiden before it settles, splitting keeps the promise of connected
            // communities (and splitting a disconnected community never lowers modularity).
            final = SplitDisconnected(graph.AsUndirected(), final);
        }

        int[] community = ComponentResult.Canonical(final, out int communityCount);
        return new CommunityResult(community, communityCount, Modularity.Of(baseGraph, community, options.Resolution), hierarchy.Count, hierarchy);
    }

    private static int[] SplitDisconnected(GraphProjection graph, int[] community)
    {
        var sets = new UnionFind(graph.NodeCount);
        for (int v = 0; v < graph.NodeCount; v++)
        {
            foreach (int w in graph.NeighboursOf(v))
            {
                if (community[v] == community[w])
                {
                    sets.Union(v, w);
                }
            }
        }

        var roots = new int[graph.NodeCount];
        for (int v = 0; v < roots.Length; v++)
        {
            roots[v] = sets.Find(v);
        }

        return roots;
    }

    private static int[] Identity(int count)
    {
        var result = new int[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = i;
        }

        return result;
    }

    private static int[] Compose(int[] outer, int[] inner)
    {
        var result = new int[inner.Length];
        for (int v = 0; v < inner.Length; v++)
        {
            result[v] = outer[inner[v]];
        }

        return result;
    }
}
