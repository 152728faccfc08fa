namespace Graph.Cypher.Binding;

/// <summary>Which matches of a path pattern are wanted: all, or only shortest ones.</summary>
public enum PathSelector
{
    All,
    ShortestPath,
    AllShortestPaths,
}
