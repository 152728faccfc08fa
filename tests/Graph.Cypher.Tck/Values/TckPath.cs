namespace Graph.Cypher.Tck.Values;

public sealed class TckPath(TckNode start, IReadOnlyList<TckPathSegment> segments) : TckValue
{
    public TckNode Start { get; } = start;

    public IReadOnlyList<TckPathSegment> Segments { get; } = segments;
}
