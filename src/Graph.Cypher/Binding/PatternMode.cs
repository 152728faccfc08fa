namespace Graph.Cypher.Binding;

/// <summary>Where a pattern occurs, which decides whether it may introduce variables and how it may reuse them.</summary>
internal enum PatternMode
{
    Match,
    Create,
    Merge,

    /// <summary>A pattern used as a predicate: it may only refer to variables bound before.</summary>
    Predicate,

    /// <summary>A pattern comprehension or EXISTS { }: new variables are local to it.</summary>
    Subquery,
}
