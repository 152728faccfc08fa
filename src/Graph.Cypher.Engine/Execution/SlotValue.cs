namespace Graph.Cypher.Engine.Execution;

/// <summary>
/// One value in a row slot. Node and relationship ids, numbers, booleans and dates travel in the
/// 64-bit payload so hot loops never box; strings, lists and paths hang off the reference.
/// A stand-in for Graph.Cypher.Values.CypherValue until the engine is wired to it.
/// </summary>
public readonly partial struct SlotValue : IEquatable<SlotValue>
{
    private SlotValue(SlotKind kind, long bits, object? reference)
    {
        Kind = kind;
        Bits = bits;
        Reference = reference;
    }

    public SlotKind Kind { get; }

    public long Bits { get; }

    public object? Reference { get; }

    public bool IsNull => Kind == SlotKind.Null;

    public static SlotValue Null => default;

    public static SlotValue Node(int id) => new(SlotKind.Node, id, null);

    public static SlotValue Relationship(int id) => new(SlotKind.Relationship, id, null);

    public static SlotValue From(bool value) => new(SlotKind.Boolean, value ? 1 : 0, null);

    public static SlotValue From(long value) => new(SlotKind.Integer, value, null);

    public static SlotValue From(double value) => new(SlotKind.Float, BitConverter.DoubleToInt64Bits(value), null);

    public static SlotValue From(string? value) => value is null ? Null : new(SlotKind.String, 0, value);

    public static SlotValue From(SlotValue[] items) => new(SlotKind.List, 0, items);

    public static SlotValue From(PathValue path) => new(SlotKind.Path, 0, path);

    public static SlotValue Date(long daysSinceEpoch) => new(SlotKind.Date, daysSinceEpoch, null);

    public static SlotValue From(DateTimeOffset value) => new(SlotKind.DateTime, value.UtcTicks, value);

    /// <summary>An aggregation's private working state; never leaves the aggregation operator.</summary>
    internal static SlotValue CollectionState(object state) => new(SlotKind.List, -1, state);

    public int AsNode => (int)Bits;

    public int AsRelationship => (int)Bits;

    public bool AsBoolean => Bits != 0;

    public long AsInteger => Bits;

    public double AsFloat => Kind == SlotKind.Integer ? Bits : BitConverter.Int64BitsToDouble(Bits);

    public string AsString => (string)Reference!;

    public SlotValue[] AsList => (SlotValue[])Reference!;

    public PathValue AsPath => (PathValue)Reference!;

    public bool IsTrue => Kind == SlotKind.Boolean && Bits != 0;
}
