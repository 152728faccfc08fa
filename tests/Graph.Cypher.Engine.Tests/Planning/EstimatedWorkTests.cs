using Graph.Cypher.Engine.Tests.Support;

namespace Graph.Cypher.Engine.Tests.Planning;

public sealed class EstimatedWorkTests(SmallGraph graph) : IClassFixture<SmallGraph>
{
    [Fact]
    public void A_query_that_reads_more_of_the_graph_is_estimated_to_do_more_work()
    {
        var engine = new CypherEngine(graph.Reader);
        double constant = engine.Prepare("RETURN 1 AS x").EstimatedWork;
        double scan = engine.Prepare("MATCH (p:Person) RETURN p").EstimatedWork;
        double expand = engine.Prepare("MATCH (p:Person)-[:KNOWS]->(q)-[:KNOWS]->(r) RETURN count(*) AS c").EstimatedWork;

        Assert.True(scan > constant, $"{scan} > {constant}");
        Assert.True(expand > scan, $"{expand} > {scan}");
    }

    [Fact]
    public void A_query_that_does_not_compile_costs_nothing()
    {
        var engine = new CypherEngine(graph.Reader);
        Assert.Equal(0, engine.Prepare("MATCH (p RETURN p").EstimatedWork);
    }
}
