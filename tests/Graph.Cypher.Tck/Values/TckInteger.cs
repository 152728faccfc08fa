namespace Graph.Cypher.Tck.Values;

public sealed class TckInteger(long value) : TckValue
{
    public long Value { get; } = value;
}
