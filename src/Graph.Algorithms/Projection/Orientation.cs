namespace Graph.Algorithms.Projection;

/// <summary>How stored relationships become projected edges.</summary>
public enum Orientation : byte
{
    /// <summary>Start node to end node, as stored.</summary>
    Natural = 0,

    /// <summary>End node to start node (e.g. "who points at me" for PageRank over incoming links).</summary>
    Reverse = 1,

    /// <summary>Both ways: each relationship is an edge in both adjacency lists (a self-loop is listed once).</summary>
    Undirected = 2,
}
