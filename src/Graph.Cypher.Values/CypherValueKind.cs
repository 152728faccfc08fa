namespace Graph.Cypher.Values;

/// <summary>The runtime type tag of a <see cref="CypherValue"/>.</summary>
public enum CypherValueKind : byte
{
    Null = 0,
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
    Node,
    Relationship,
    Path,
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
    Duration,
}
