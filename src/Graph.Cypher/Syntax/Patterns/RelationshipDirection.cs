namespace Graph.Cypher.Syntax;

/// <summary>Which way a relationship pattern points: -- (Undirected), --> (Outgoing), &lt;-- (Incoming), &lt;--> (Both).</summary>
public enum RelationshipDirection
{
    Undirected,
    Outgoing,
    Incoming,
    Both,
}
