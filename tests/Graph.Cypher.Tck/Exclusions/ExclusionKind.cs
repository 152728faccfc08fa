namespace Graph.Cypher.Tck.Exclusions;

public enum ExclusionKind
{
    /// <summary>Something we mean to support; the entry should disappear when the engine does.</summary>
    Temporary,

    /// <summary>A deliberate difference from the TCK, kept with its reason.</summary>
    Permanent,
}
