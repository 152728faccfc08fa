using Graph.Algorithms.Internal;
using Graph.Algorithms.Projection;
using QuikGraph.Algorithms.ConnectedComponents;

namespace Graph.Algorithms.Components;

/// <summary>Weakly and strongly connected components.</summary>
public static class ConnectedComponents
{
    /// <summary>
    /// Components ignoring edge direction. Our own union-find over the flat edge arrays rather than
    /// QuikGraph's WeaklyConnectedComponentsAlgorithm: that one runs a DFS with per-vertex dictionaries
    /// and merges components afterwards, several times the memory and time for the same answer.
    /// </summary>
    public static ComponentResult Weak(GraphProjection graph, CancellationToken cancellation = default)
    {
        var ticker = new Ticker(cancellation);
        var sets = new UnionFind(graph.NodeCount);
        int[] offsets = graph.OffsetArray;
        int[] targets = graph.TargetArray;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            ticker.Tick();
            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
            {
                sets.Union(v, targets[slot]);
            }
        }

        var roots = new int[graph.NodeCount];
        for (int v = 0; v < roots.Length; v++)
        {
            roots[v] = sets.Find(v);
        }

        int[] component = ComponentResult.Canonical(roots, out int count);
        return new ComponentResult(component, count);
    }

    /// <summary>
    /// Components in which every node reaches every other along edge directions (for an undirected
    /// projection these are the weak ones). QuikGraph's Tarjan-style algorithm over a
    /// <see cref="QuikGraphView"/>: its DFS is iterative, so deep graphs do not overflow the stack.
    /// </summary>
    public static ComponentResult Strong(GraphProjection graph, CancellationToken cancellation = default)
    {
        var components = new Dictionary<int, int>(graph.NodeCount);
        var algorithm = new StronglyConnectedComponentsAlgorithm<int, ProjectedEdge>(graph.ToQuikGraph(cancellation), components);
        algorithm.Compute();
        cancellation.ThrowIfCancellationRequested();
        var labels = new int[graph.NodeCount];
        for (int v = 0; v < labels.Length; v++)
        {
            labels[v] = components[v];
        }

        int[] component = ComponentResult.Canonical(labels, out int count);
        return new ComponentResult(component, count);
    }
}
