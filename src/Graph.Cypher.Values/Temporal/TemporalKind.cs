namespace Graph.Cypher.Values.Temporal;

/// <summary>The five instant-like temporal types a constructor can build.</summary>
public enum TemporalKind
{
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
}
