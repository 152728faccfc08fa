namespace Graph.Cypher.Engine.Execution;

/// <summary>What a <see cref="SlotValue"/> holds; the order is the cross-kind sort order.</summary>
public enum SlotKind : byte
{
    Null = 0,
    Boolean,
    Integer,
    Float,
    String,
    Date,
    DateTime,
    Node,
    Relationship,
    Path,
    List,
}
