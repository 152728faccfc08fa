namespace Graph.Cypher.Binding;

/// <summary>The kinds of value the binder tells apart; List carries an element type in <see cref="CypherType"/>.</summary>
public enum CypherTypeKind
{
    Any,
    Null,
    Boolean,
    Integer,
    Float,
    Number,
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
    Point,

    /// <summary>Some value a property can hold: anything but a node, relationship, path or map.</summary>
    Property,
}
