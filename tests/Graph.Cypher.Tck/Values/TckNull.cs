namespace Graph.Cypher.Tck.Values;

public sealed class TckNull : TckValue
{
    public static readonly TckNull Instance = new();

    private TckNull()
    {
    }
}
