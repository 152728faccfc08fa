namespace Graph.Algorithms.Community;

/// <summary>
/// A community per node (0..Count-1, numbered by first appearance in node order), the modularity
/// of that partition, and for Louvain/Leiden the partition after each level (coarsest last; the
/// first level's communities are the tightest groups, handy for rings inside a larger cluster).
/// </summary>
public sealed record CommunityResult(int[] Community, int Count, double Modularity, int Levels, IReadOnlyList<int[]> Hierarchy);
