namespace Graph.Algorithms.Centrality;

/// <summary>Which edges a degree counts on a directed projection (an undirected one has only one degree).</summary>
public enum DegreeDirection : byte
{
    Out = 0,
    In = 1,
    Both = 2,
}
