namespace Graph.Cypher.Syntax;

/// <summary>How many list elements must satisfy a quantifier's predicate.</summary>
public enum Quantifier
{
    All,
    Any,
    None,
    Single,
}
