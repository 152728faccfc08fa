namespace Graph.Rings.Suspicion;

/// <summary>How much an entity's appearance in a hit can be trusted as a tie to the others named with it.</summary>
/// <param name="Records">Records it takes part in, in the store.</param>
/// <param name="Flagged">Of those, records cited by some hit.</param>
/// <param name="Partners">Distinct entities named with it in hits.</param>
/// <param name="Damping">Factor in (0, 1] on its links: 1 for an entity whose activity is mostly flagged.</param>
/// <param name="IsHub">Whether its links are cut (it can still be a member where its own evidence is strong).</param>
public sealed record EntityStanding(int Records, int Flagged, int Partners, double Damping, bool IsHub)
{
    /// <summary>Smoothed share of the entity's records that rules flagged.</summary>
    public double FlaggedShare => (Flagged + 1.0) / (Records + 1.0);
}
