using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>Labels, relationship properties and types, and the graph functions over the store.</summary>
public sealed class GraphExpressionTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private static readonly CypherValue Ann = CypherValue.Node(ExpressionGraph.Ann);
    private static readonly CypherValue Bob = CypherValue.Node(ExpressionGraph.Bob);
    private static readonly CypherValue Knows = CypherValue.Relationship(0);

    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("n:Person", "true")]
    [InlineData("n:Person:Employee", "true")]
    [InlineData("n:Company", "false")]
    [InlineData("n:Person:Unknown", "false")]
    public void Label_predicates(string expression, string expected) =>
        Assert.Equal(expected, x.ShowQuery($"MATCH (n) RETURN {expression} AS x", ("n", Ann)));

    [Fact]
    public void A_label_predicate_on_null_is_null_and_on_a_value_a_type_error()
    {
        Assert.Equal("null", x.ShowQuery("MATCH (n) RETURN n:Person AS x", ("n", CypherValue.Null)));
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, x.FailsQuery("MATCH (n) RETURN n:Person AS x", ("n", CypherValue.Integer(1))).Detail);
    }

    [Fact]
    public void Graph_functions_read_the_store()
    {
        Assert.Equal("0", x.ShowQuery("MATCH (n) RETURN id(n) AS x", ("n", Ann)));
        Assert.Equal("['Person', 'Employee']", x.ShowQuery("MATCH (n) RETURN labels(n) AS x", ("n", Ann)));
        Assert.Equal("['name', 'age']", x.ShowQuery("MATCH (n) RETURN keys(n) AS x", ("n", Bob)));
        Assert.Equal("{name: 'Bob', age: 40}", x.ShowQuery("MATCH (n) RETURN properties(n) AS x", ("n", Bob)));
        Assert.Equal("'KNOWS'", x.ShowQuery("MATCH ()-[r]->() RETURN type(r) AS x", ("r", Knows)));
        Assert.Equal("'Ann'", x.ShowQuery("MATCH ()-[r]->() RETURN startNode(r).name AS x", ("r", Knows)));
        Assert.Equal("'Bob'", x.ShowQuery("MATCH ()-[r]->() RETURN endNode(r).name AS x", ("r", Knows)));
        Assert.Equal("true", x.ShowQuery("MATCH ()-[r]->() RETURN r:KNOWS AS x", ("r", Knows)));
        Assert.Equal("null", x.ShowQuery("MATCH ()-[r]->() RETURN r.since AS x", ("r", Knows)));
    }

    [Fact]
    public void Path_functions()
    {
        var path = CypherValue.Path(new Graph.Cypher.Values.Collections.CypherPath([0, 1], [0]));
        Assert.Equal("1", x.ShowQuery("MATCH p = ()-->() RETURN length(p) AS x", ("p", path)));
        Assert.Equal("['Ann', 'Bob']", x.ShowQuery("MATCH p = ()-->() RETURN [n IN nodes(p) | n.name] AS x", ("p", path)));
        Assert.Equal("['KNOWS']", x.ShowQuery("MATCH p = ()-->() RETURN [r IN relationships(p) | type(r)] AS x", ("p", path)));
    }

    [Fact]
    public void An_exists_check_on_a_property()
    {
        Assert.Equal("true", x.ShowQuery("MATCH (n) RETURN exists(n.name) AS x", ("n", Ann)));
        Assert.Equal("false", x.ShowQuery("MATCH (n) RETURN exists(n.nope) AS x", ("n", Ann)));
    }
}
