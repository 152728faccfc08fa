using Graph.Algorithms.Components;
using Graph.Rings.Suspicion;

namespace Graph.Rings.Finding;

/// <summary>
/// Cuts the suspicion graph into rings: connected components of the evidence links; components split by
/// community detection (Leiden-refined Louvain on each component, and again on each part) where the parts are
/// well separated; entities the cut left alone (hubs, weakly linked parties) attached where most of their
/// evidence points; and every hit assigned to the ring(s) holding at least half of the entities it names.
/// </summary>
public static class RingFinder
{
    public static IReadOnlyList<RingCandidate> Find(SuspicionGraph graph, RingFinderOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= RingFinderOptions.Default;
        int[] group = Groups(graph, options, cancellation, out int groupCount);
        var sizes = new int[groupCount];
        foreach (int g in group)
        {
            sizes[g]++;
        }

        EntityAttachment.Attach(graph, group, sizes, options);
        return Candidates(graph, group, groupCount, options);
    }

    /// <summary>
    /// A group per entity: its component, or its part of the component when community detection finds well
    /// separated parts. Each component is split on its own, and each part again while it has structure to split:
    /// modularity over the whole graph has a resolution limit (groups smaller than about √(2m) merge), so a
    /// ring that is small next to the whole graph only separates from its neighbours at the component's scale.
    /// </summary>
    private static int[] Groups(SuspicionGraph graph, RingFinderOptions options, CancellationToken cancellation, out int count)
    {
        ComponentResult components = ConnectedComponents.Weak(graph.Links, cancellation);
        var group = (int[])components.Component.Clone();
        count = components.Count;
        var pending = new Stack<int[]>();
        foreach (int[] members in Members(group, count))
        {
            if (members.Length > options.SplitAbove)
            {
                pending.Push(members);
            }
        }

        while (pending.Count > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            int[] members = pending.Pop();
            int[] community = CommunitySplit.Split(graph, members, options, cancellation, out int parts);
            if (parts <= 1)
            {
                continue;
            }

            var split = new List<int>[parts];
            for (int i = 0; i < members.Length; i++)
            {
                (split[community[i]] ??= []).Add(members[i]);
            }

            // The first part keeps the old group number; the others get new ones.
            for (int p = 0; p < parts; p++)
            {
                int id = p == 0 ? group[members[0]] : count++;
                foreach (int v in split[p])
                {
                    group[v] = id;
                }

                if (split[p].Count > options.SplitAbove && split[p].Count < members.Length)
                {
                    pending.Push([.. split[p]]);
                }
            }
        }

        return group;
    }

    private static List<int[]> Members(int[] group, int count)
    {
        var lists = new List<int>[count];
        for (int v = 0; v < group.Length; v++)
        {
            (lists[group[v]] ??= []).Add(v);
        }

        return [.. lists.Where(l => l is not null).Select(l => l.ToArray())];
    }

    private static List<RingCandidate> Candidates(SuspicionGraph graph, int[] group, int groupCount, RingFinderOptions options)
    {
        var members = new List<int>[groupCount];
        for (int e = 0; e < group.Length; e++)
        {
            (members[group[e]] ??= []).Add(e);
        }

        var hits = new List<int>[groupCount];
        var tally = new Dictionary<int, int>();
        for (int h = 0; h < graph.HitEntities.Count; h++)
        {
            int[] named = graph.HitEntities[h];
            tally.Clear();
            foreach (int e in named)
            {
                tally[group[e]] = tally.GetValueOrDefault(group[e]) + 1;
            }

            foreach (var (g, n) in tally)
            {
                if (2 * n >= named.Length)
                {
                    (hits[g] ??= []).Add(h);
                }
            }
        }

        var result = new List<RingCandidate>();
        for (int g = 0; g < groupCount; g++)
        {
            if (members[g] is { } m && hits[g] is { } hs)
            {
                hs.Sort();
                if (m.Count >= options.MinMembers)
                {
                    result.Add(new RingCandidate([.. m], [.. hs]));
                }
            }
        }

        return result;
    }
}
