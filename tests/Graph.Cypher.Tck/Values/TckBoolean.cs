namespace Graph.Cypher.Tck.Values;

public sealed class TckBoolean(bool value) : TckValue
{
    public bool Value { get; } = value;
}
