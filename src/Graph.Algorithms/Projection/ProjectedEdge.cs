using QuikGraph;

namespace Graph.Algorithms.Projection;

/// <summary>One adjacency entry as a QuikGraph edge; the id keeps parallel edges apart.</summary>
public readonly record struct ProjectedEdge(int Source, int Target, double Weight, int Id) : IEdge<int>;
