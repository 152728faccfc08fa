namespace Graph.Cypher.Tck.Values;

/// <summary>One hop of a path: the relationship, whether it points forward along the path, and the node reached.</summary>
public sealed record TckPathSegment(TckRelationship Relationship, bool PointsForward, TckNode Node);
