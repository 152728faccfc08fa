namespace Graph.Rings.Evaluation;

/// <summary>
/// The matching rule of issue 4: a planted ring is found by a listed ring when the listed ring holds at least
/// half of the planted ring's members and those make up at least half of the listed ring. Exact at one half
/// (integers, no rounding): 2 of 4 is enough, 2 of 5 is not.
/// </summary>
public static class RingMatch
{
    /// <param name="overlap">Planted members the listed ring holds.</param>
    /// <param name="plantedSize">Members of the planted ring.</param>
    /// <param name="listedSize">Members of the listed ring.</param>
    public static bool Holds(int overlap, int plantedSize, int listedSize) =>
        overlap > 0 && 2L * overlap >= plantedSize && 2L * overlap >= listedSize;
}
