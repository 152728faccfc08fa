namespace Graph.Rings.Finding;

/// <summary>A group of entities cut from the suspicion graph, with the hits that count as its evidence.</summary>
/// <param name="Members">Dense entity indices of the suspicion graph, ascending.</param>
/// <param name="Hits">Indices of the hits most of whose entities are members, ascending.</param>
public sealed record RingCandidate(int[] Members, int[] Hits)
{
    /// <summary>
    /// Store node ids of parties no hit named but who took part in the ring's own flagged auctions (see
    /// <see cref="RingExpansion"/>).
    /// </summary>
    public int[] Associates { get; init; } = [];
}
