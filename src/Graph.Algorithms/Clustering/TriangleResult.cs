namespace Graph.Algorithms.Clustering;

/// <summary>
/// Triangles through each node, its local clustering coefficient (triangles over neighbour pairs;
/// 0 below two neighbours) and the graph's total triangle count.
/// </summary>
public sealed record TriangleResult(long[] Triangles, double[] Coefficient, long Total);
