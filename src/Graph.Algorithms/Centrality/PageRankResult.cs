namespace Graph.Algorithms.Centrality;

/// <summary>A score per node (summing to 1), and whether the tolerance was met within the iteration cap.</summary>
public sealed record PageRankResult(double[] Scores, int Iterations, bool Converged);
