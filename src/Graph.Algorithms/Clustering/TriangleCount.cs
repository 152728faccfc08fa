using Graph.Algorithms.Internal;
using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Clustering;

/// <summary>
/// Triangles on the undirected simple view (direction, parallel edges and self-loops ignored) by the
/// forward algorithm: orient each edge from lower to higher (degree, id) rank and intersect marked
/// out-neighbourhoods, O(m^1.5) and each triangle found once. Our own: QuikGraph has none.
/// </summary>
public static class TriangleCount
{
    public static TriangleResult Run(GraphProjection graph, CancellationToken cancellation = default)
    {
        var adjacency = SimpleAdjacency.From(graph.AsUndirected(), cancellation);
        int n = adjacency.NodeCount;
        var triangles = new long[n];
        var mark = new int[n];
        Array.Fill(mark, -1);
        var ticker = new Ticker(cancellation, 256);
        long total = 0;
        for (int u = 0; u < n; u++)
        {
            ticker.Tick();
            foreach (int v in adjacency.Row(u))
            {
                if (Before(adjacency, u, v))
                {
                    mark[v] = u;
                }
            }

            foreach (int v in adjacency.Row(u))
            {
                if (!Before(adjacency, u, v))
                {
                    continue;
                }

                foreach (int w in adjacency.Row(v))
                {
                    if (mark[w] == u && Before(adjacency, v, w))
                    {
                        triangles[u]++;
                        triangles[v]++;
                        triangles[w]++;
                        total++;
                    }
                }
            }
        }

        var coefficient = new double[n];
        for (int v = 0; v < n; v++)
        {
            long degree = adjacency.Degree(v);
            coefficient[v] = degree < 2 ? 0 : 2.0 * triangles[v] / (degree * (degree - 1));
        }

        return new TriangleResult(triangles, coefficient, total);
    }

    private static bool Before(SimpleAdjacency adjacency, int a, int b)
    {
        int da = adjacency.Degree(a);
        int db = adjacency.Degree(b);
        return da < db || (da == db && a < b);
    }
}
