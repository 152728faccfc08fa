using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Tests.Support;

/// <summary>Slow, obviously-correct versions of the algorithms, to check the fast ones against.</summary>
public static class Reference
{
    /// <summary>Each node's component as the smallest node reachable from it by BFS, ignoring direction.</summary>
    public static int[] BfsComponents(SmallGraph graph)
    {
        var neighbours = Neighbours(graph.NodeCount, graph.Edges, undirected: true);
        var result = Enumerable.Repeat(-1, graph.NodeCount).ToArray();
        for (int start = 0; start < graph.NodeCount; start++)
        {
            if (result[start] >= 0)
            {
                continue;
            }

            var queue = new Queue<int>([start]);
            result[start] = start;
            while (queue.TryDequeue(out int v))
            {
                foreach (int w in neighbours[v].Where(w => result[w] < 0))
                {
                    result[w] = start;
                    queue.Enqueue(w);
                }
            }
        }

        return result;
    }

    /// <summary>reach[a, b]: b can be reached from a along edge directions (a reaches itself).</summary>
    public static bool[,] Reachability(SmallGraph graph)
    {
        var neighbours = Neighbours(graph.NodeCount, graph.Edges, undirected: false);
        var reach = new bool[graph.NodeCount, graph.NodeCount];
        for (int a = 0; a < graph.NodeCount; a++)
        {
            var stack = new Stack<int>([a]);
            reach[a, a] = true;
            while (stack.TryPop(out int v))
            {
                foreach (int w in neighbours[v].Where(w => !reach[a, w]))
                {
                    reach[a, w] = true;
                    stack.Push(w);
                }
            }
        }

        return reach;
    }

    /// <summary>Dense power iteration of p = (1-d)/n + d (Pᵀp + dangling/n), unweighted or weighted.</summary>
    public static double[] PageRank(GraphProjection graph, double damping, bool weighted, int iterations = 500)
    {
        int n = graph.NodeCount;
        var matrix = new double[n, n];
        var outWeight = new double[n];
        for (int v = 0; v < n; v++)
        {
            for (int i = 0; i < graph.Degree(v); i++)
            {
                double w = weighted ? graph.WeightsOf(v)[i] : 1.0;
                matrix[v, graph.NeighboursOf(v)[i]] += w;
                outWeight[v] += w;
            }
        }

        var p = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            var next = new double[n];
            double dangling = Enumerable.Range(0, n).Where(v => outWeight[v] == 0).Sum(v => p[v]);
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int i = 0; i < n; i++)
                {
                    if (outWeight[i] > 0)
                    {
                        sum += p[i] * matrix[i, j] / outWeight[i];
                    }
                }

                next[j] = ((1 - damping) / n) + (damping * (sum + (dangling / n)));
            }

            p = next;
        }

        return p;
    }

    /// <summary>
    /// Betweenness by listing every simple path between every ordered pair, keeping the shortest
    /// (by hop count or weight) and crediting their inner nodes; halved for undirected graphs.
    /// </summary>
    public static double[] Betweenness(GraphProjection graph, bool weighted)
    {
        int n = graph.NodeCount;
        var result = new double[n];
        for (int s = 0; s < n; s++)
        {
            for (int t = 0; t < n; t++)
            {
                if (s == t)
                {
                    continue;
                }

                var paths = SimplePaths(graph, s, t, n);
                if (paths.Count == 0)
                {
                    continue;
                }

                double best = paths.Min(p => Cost(p, weighted));
                var shortest = paths.Where(p => Cost(p, weighted) == best).ToList();
                foreach (var path in shortest)
                {
                    foreach (int v in path.Nodes.Skip(1).SkipLast(1))
                    {
                        result[v] += 1.0 / shortest.Count;
                    }
                }
            }
        }

        return [.. result.Select(x => graph.IsDirected ? x : x / 2)];
    }

    /// <summary>Every simple path as (nodes, weights), by plain recursion.</summary>
    public static List<(int[] Nodes, double[] Weights)> SimplePaths(GraphProjection graph, int source, int target, int maxLength)
    {
        var result = new List<(int[], double[])>();
        var nodes = new List<int> { source };
        var weights = new List<double>();
        Visit(source);
        return result;

        void Visit(int v)
        {
            if (v == target)
            {
                result.Add(([.. nodes], [.. weights]));
                return;
            }

            if (weights.Count == maxLength)
            {
                return;
            }

            for (int i = 0; i < graph.Degree(v); i++)
            {
                int w = graph.NeighboursOf(v)[i];
                if (nodes.Contains(w))
                {
                    continue;
                }

                nodes.Add(w);
                weights.Add(graph.WeightsOf(v)[i]);
                Visit(w);
                nodes.RemoveAt(nodes.Count - 1);
                weights.RemoveAt(weights.Count - 1);
            }
        }
    }

    /// <summary>Triangles per node by checking every triple of distinct nodes on the undirected simple view.</summary>
    public static long[] Triangles(SmallGraph graph)
    {
        var adjacent = new bool[graph.NodeCount, graph.NodeCount];
        foreach (var (from, to, _) in graph.Edges.Where(e => e.From != e.To))
        {
            adjacent[from, to] = adjacent[to, from] = true;
        }

        var result = new long[graph.NodeCount];
        for (int a = 0; a < graph.NodeCount; a++)
        {
            for (int b = a + 1; b < graph.NodeCount; b++)
            {
                for (int c = b + 1; c < graph.NodeCount; c++)
                {
                    if (adjacent[a, b] && adjacent[b, c] && adjacent[a, c])
                    {
                        result[a]++;
                        result[b]++;
                        result[c]++;
                    }
                }
            }
        }

        return result;
    }

    private static double Cost((int[] Nodes, double[] Weights) path, bool weighted) => weighted ? path.Weights.Sum() : path.Weights.Length;

    private static List<int>[] Neighbours(int n, (int From, int To, double Weight)[] edges, bool undirected)
    {
        var neighbours = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        foreach (var (from, to, _) in edges)
        {
            neighbours[from].Add(to);
            if (undirected)
            {
                neighbours[to].Add(from);
            }
        }

        return neighbours;
    }
}
