using Graph.Api.Services;

namespace Graph.Api.Tests.Units;

public sealed class DrawnNodeSetTests
{
    [Fact]
    public void Searching_a_sorted_run_finds_what_reading_it_through_finds()
    {
        var random = new Random(20261129);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var universe = random.Next(1, 400);
            var positions = new Dictionary<int, int>();
            foreach (var node in Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(universe)))
            {
                positions.TryAdd(node, positions.Count);
            }

            // Sorted with repeats: parallel relationships to one neighbour sit side by side.
            var run = Enumerable.Range(0, random.Next(0, 300)).Select(_ => random.Next(universe)).Order().ToArray();
            var set = new DrawnNodeSet(positions);
            var found = new List<int> { -7 };

            set.FindIn(run, found);

            var expected = Enumerable.Range(0, run.Length).Where(i => positions.ContainsKey(run[i])).Prepend(-7).ToList();
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void Positions_are_the_ones_given()
    {
        var set = new DrawnNodeSet(new Dictionary<int, int> { [42] = 0, [7] = 1 });

        Assert.True(set.TryGetPosition(7, out var position));
        Assert.Equal(1, position);
        Assert.False(set.TryGetPosition(8, out _));
        Assert.Equal(2, set.Count);
        Assert.Equal(64 + 16, set.SearchFrom);
    }
}
