namespace Graph.Cypher.Values.Semantics;

/// <summary>The outcome of comparing two values with &lt;, &lt;=, &gt;, &gt;=.</summary>
public enum ComparisonResult
{
    Less,
    Equal,
    Greater,

    /// <summary>Different types or a null: every comparison operator yields null.</summary>
    Incomparable,

    /// <summary>NaN against a number: every comparison operator yields false.</summary>
    Unordered,
}
