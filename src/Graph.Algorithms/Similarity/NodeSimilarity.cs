using Graph.Algorithms.Internal;
using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Similarity;

/// <summary>
/// Jaccard similarity |N(a) ∩ N(b)| / |N(a) ∪ N(b)| over neighbour sets (out-neighbours on a directed
/// projection, so two companies are similar when they point at the same people, lawyers, cases).
/// Candidates are the two-hop neighbours, found by walking back from each shared neighbour, so pairs
/// with nothing in common cost nothing. Our own: QuikGraph has no similarity.
/// </summary>
public static class NodeSimilarity
{
    /// <summary>
    /// For every node, its top-k most similar other nodes, ordered by node, then similarity
    /// descending, then the other node. The values are symmetric; the top-k lists need not be.
    /// </summary>
    public static IReadOnlyList<SimilarityPair> TopK(GraphProjection graph, NodeSimilarityOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= NodeSimilarityOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TopK, nameof(options));
        var forward = SimpleAdjacency.From(graph, cancellation);
        SimpleAdjacency backward = graph.IsDirected ? SimpleAdjacency.From(graph.Transposed(), cancellation) : forward;
        int n = forward.NodeCount;
        var common = new int[n];
        var touched = new List<int>();
        var result = new List<SimilarityPair>();
        var best = new List<SimilarityPair>();
        var ticker = new Ticker(cancellation, 64);
        for (int a = 0; a < n; a++)
        {
            ticker.Tick();
            int degreeA = forward.Degree(a);
            if (degreeA < options.DegreeCutoff || degreeA == 0)
            {
                continue;
            }

            foreach (int shared in forward.Row(a))
            {
                foreach (int b in backward.Row(shared))
                {
                    if (b != a && common[b]++ == 0)
                    {
                        touched.Add(b);
                    }
                }
            }

            best.Clear();
            foreach (int b in touched)
            {
                int degreeB = forward.Degree(b);
                if (degreeB >= options.DegreeCutoff)
                {
                    double similarity = (double)common[b] / (degreeA + degreeB - common[b]);
                    if (similarity >= options.SimilarityCutoff)
                    {
                        best.Add(new SimilarityPair(a, b, similarity));
                    }
                }

                common[b] = 0;
            }

            touched.Clear();
            best.Sort(static (x, y) => x.Similarity != y.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.Node2.CompareTo(y.Node2));
            result.AddRange(best.Take(options.TopK));
        }

        return result;
    }

    /// <summary>The Jaccard similarity of one pair (0 when neither has a neighbour).</summary>
    public static double Jaccard(GraphProjection graph, int a, int b)
    {
        HashSet<int> left = [.. graph.NeighboursOf(a).ToArray().Where(x => x != a)];
        HashSet<int> right = [.. graph.NeighboursOf(b).ToArray().Where(x => x != b)];
        int union = left.Union(right).Count();
        return union == 0 ? 0 : (double)left.Intersect(right).Count() / union;
    }
}
