using Graph.Cypher.Engine.Planning;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Planning;

public sealed class GraphStatisticsTests(SmallGraph graph) : IClassFixture<SmallGraph>
{
    [Fact]
    public void Label_sizes_are_exact()
    {
        var statistics = new GraphStatistics(graph.Reader);
        Assert.Equal(3, statistics.NodeCount("Person"));
        Assert.Equal(0, statistics.NodeCount("Nope"));
        Assert.Equal(6, statistics.NodeCount());
    }

    [Fact]
    public void Degrees_average_over_the_label_types_and_direction()
    {
        var statistics = new GraphStatistics(graph.Reader);
        // Persons' outgoing KNOWS: n0→n1, n1→n2 twice, n2→n0.
        Assert.Equal(4.0 / 3, statistics.AverageDegree("Person", ["KNOWS"], Direction.Outgoing), 6);
        Assert.Equal(1.0 / 3, statistics.AverageDegree("Person", ["WORKS_AT"], Direction.Outgoing), 6);
        Assert.Equal(5.0 / 3, statistics.AverageDegree("Person", [], Direction.Outgoing), 6);
        Assert.Equal(1.0, statistics.AverageDegree("Company", [], Direction.Incoming), 6);
        Assert.Equal(10.0, statistics.EstimateExpand(6, "Person", ["WORKS_AT", "KNOWS"], Direction.Outgoing), 6);
        Assert.Equal(0, statistics.AverageDegree("Nope", [], Direction.Both));
    }
}
