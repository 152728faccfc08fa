namespace Graph.Cypher.Tck.Scenarios;

public enum GraphKind
{
    /// <summary><c>Given an empty graph</c>.</summary>
    Empty,

    /// <summary><c>Given any graph</c>: the scenario must pass whatever is in the graph.</summary>
    Any,

    /// <summary><c>Given the NAME graph</c>: built by the scripts under graphs/NAME.</summary>
    Named,
}
