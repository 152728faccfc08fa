using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Operators;

public sealed class PathTests(SmallGraph graph) : IClassFixture<SmallGraph>
{
    [Fact]
    public void Shortest_path_follows_the_direction()
    {
        var plan = new ShortestPath(Pair(0, 2), Search(Direction.Outgoing, 10), 4, "p");
        CypherValue path = Assert.Single(Run.Plan(graph.Reader, plan, 4).Rows)[0];
        Assert.Equal([0, 1, 2], path.AsPath.Nodes);
    }

    [Fact]
    public void All_shortest_paths_include_parallel_relationships()
    {
        var plan = new ShortestPath(Pair(0, 2), Search(Direction.Outgoing, 10), 4, "p", all: true);
        Assert.Equal(["<(#0)-[#0]->(#1)-[#1]->(#2)>", "<(#0)-[#0]->(#1)-[#5]->(#2)>"], Run.Rows(graph.Reader, plan, 4).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Shortest_path_respects_the_hop_limit_and_same_node()
    {
        Assert.Empty(Run.Rows(graph.Reader, new ShortestPath(Pair(0, 2), Search(Direction.Outgoing, 1), 4, "p"), 4));
        Assert.Empty(Run.Rows(graph.Reader, new ShortestPath(Pair(0, 0), Search(Direction.Outgoing, 5), 4, "p"), 4));
    }

    [Fact]
    public void Undirected_shortest_path_goes_against_the_arrows()
    {
        var plan = new ShortestPath(Pair(0, 2), Search(Direction.Both, 10), 4, "p");
        Assert.Equal(["<(#0)-[#3]->(#2)>"], Run.Rows(graph.Reader, plan, 4));
    }

    [Theory]
    [InlineData(2, 1, 2, true)]
    [InlineData(2, 1, 1, false)]
    [InlineData(0, 4, 6, false)]
    [InlineData(3, 3, 0, true)]
    public void Path_exists_checks_reachability_within_hops(int from, int to, int maxHops, bool expected)
    {
        var plan = new BidirectionalPathExists(Pair(from, to), Search(Direction.Outgoing, maxHops, "KNOWS", "WORKS_AT"));
        Assert.Equal(expected ? 1 : 0, Run.Rows(graph.Reader, plan, 0).Count);
        var negated = new BidirectionalPathExists(Pair(from, to), Search(Direction.Outgoing, maxHops, "KNOWS", "WORKS_AT"), negated: true);
        Assert.Equal(expected ? 0 : 1, Run.Rows(graph.Reader, negated, 0).Count);
    }

    private static Operator Pair(int from, int to) => new CartesianProduct(Build.Nodes(0, from), Build.Nodes(2, to), 2);

    private static PathSearchSpec Search(Direction direction, int maxHops, params string[] types) =>
        new(0, 2, new RelationshipTypes(types.Length == 0 ? ["KNOWS"] : types), direction, maxHops);
}
