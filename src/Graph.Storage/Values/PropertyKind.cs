namespace Graph.Storage.Values;

/// <summary>The kinds of value the store keeps. Richer query values are built on top of these.</summary>
public enum PropertyKind : byte
{
    Null = 0,
    Boolean = 1,
    Integer = 2,
    Float = 3,
    String = 4,
    /// <summary>A calendar date, kept as days since 1970-01-01.</summary>
    Date = 5,
    /// <summary>An instant, kept as UTC ticks (100 ns) since 0001-01-01 with its offset in minutes.</summary>
    DateTime = 6,
    StringList = 7,
    /// <summary>Items of any kind, nulls and nested lists included; openCypher lists that are not all strings.</summary>
    List = 8,
    /// <summary>
    /// A temporal value the store does not interpret (time, local times, zoned datetimes, durations):
    /// a caller-chosen sub-kind byte plus canonical text, so the query layer owns the semantics.
    /// </summary>
    Temporal = 9,
}
