using Graph.Rings.Evaluation;

namespace Graph.Rings.Tests.Evaluation;

public sealed class RingMatchTests
{
    [Theory]
    [InlineData(2, 4, 4, true)]   // exactly half of the planted ring, exactly half of the listed ring
    [InlineData(2, 4, 3, true)]
    [InlineData(2, 3, 4, true)]
    [InlineData(2, 5, 4, false)]  // 2 of 5 planted members is less than half
    [InlineData(2, 4, 5, false)]  // 2 of 5 listed members is less than half
    [InlineData(3, 6, 6, true)]
    [InlineData(3, 7, 6, false)]
    [InlineData(1, 2, 2, true)]
    [InlineData(1, 1, 3, false)]
    [InlineData(0, 0, 0, false)]  // nothing in common is never a match, even for empty rings
    public void A_planted_ring_is_found_when_at_least_half_of_it_makes_up_at_least_half_of_the_listed_ring(int overlap, int planted, int listed, bool found) =>
        Assert.Equal(found, RingMatch.Holds(overlap, planted, listed));
}
