namespace Graph.Cypher.Tck.Values;

public sealed class TckFloat(double value) : TckValue
{
    public double Value { get; } = value;
}
