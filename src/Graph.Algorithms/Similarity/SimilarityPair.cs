namespace Graph.Algorithms.Similarity;

/// <summary>Two node indices and their Jaccard similarity in (0, 1].</summary>
public readonly record struct SimilarityPair(int Node1, int Node2, double Similarity);
