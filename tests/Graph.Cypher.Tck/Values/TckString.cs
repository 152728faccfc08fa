namespace Graph.Cypher.Tck.Values;

public sealed class TckString(string value) : TckValue
{
    public string Value { get; } = value;
}
