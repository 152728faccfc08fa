using CsCheck;

namespace Graph.Algorithms.Tests.Support;

/// <summary>CsCheck generators of small graphs (self-loops and parallel edges included: the algorithms must cope).</summary>
public static class Graphs
{
    /// <summary>Up to <paramref name="maxNodes"/> nodes and <paramref name="maxEdges"/> edges, integer weights 1..5 (exact sums).</summary>
    public static Gen<SmallGraph> Small(int maxNodes = 12, int maxEdges = 30) =>
        Gen.Int[1, maxNodes].SelectMany(n =>
            Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[1, 5])
                .Array[0, maxEdges]
                .Select(edges => new SmallGraph(n, [.. edges.Select(e => (e.Item1, e.Item2, (double)e.Item3))])));

    /// <summary>Like <see cref="Small"/> but without self-loops or parallel edges (in either direction).</summary>
    public static Gen<SmallGraph> Simple(int maxNodes = 10, int maxEdges = 25) =>
        Small(maxNodes, maxEdges).Select(graph =>
        {
            var seen = new HashSet<(int, int)>();
            var edges = graph.Edges.Where(e => e.From != e.To && seen.Add((Math.Min(e.From, e.To), Math.Max(e.From, e.To)))).ToArray();
            return graph with { Edges = edges };
        });

    /// <summary>Cliques of the given sizes, each joined to the next by one edge: the communities are the cliques.</summary>
    public static SmallGraph PlantedCliques(params int[] sizes)
    {
        var edges = new List<(int, int, double)>();
        int start = 0;
        foreach (int size in sizes)
        {
            for (int a = start; a < start + size; a++)
            {
                for (int b = a + 1; b < start + size; b++)
                {
                    edges.Add((a, b, 1.0));
                }
            }

            if (start + size < sizes.Sum())
            {
                edges.Add((start + size - 1, start + size, 1.0));
            }

            start += size;
        }

        return new SmallGraph(start, [.. edges]);
    }
}
