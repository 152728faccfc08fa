using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>Map literals, static and dynamic access, and map projection over maps, nodes and relationships.</summary>
public sealed class MapTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private static readonly CypherValue Ann = CypherValue.Node(ExpressionGraph.Ann);

    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("{a: 1, b: 'x'}", "{a: 1, b: 'x'}")]
    [InlineData("{a: 1}.a", "1")]
    [InlineData("{a: 1}.missing", "null")]
    [InlineData("{name: 'Mats', Name: 'Pontus'}.Name", "'Pontus'")]
    [InlineData("{a: 1}['a']", "1")]
    [InlineData("{a: 1}[null]", "null")]
    [InlineData("null['a']", "null")]
    [InlineData("{a: {b: [1, 2]}}.a.b[1]", "2")]
    public void Map_access(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Fact]
    public void Map_access_per_row()
    {
        Assert.Equal("{k: 2}", x.ShowQuery("WITH 2 AS v RETURN {k: v} AS x"));
        Assert.Equal("'Apa'", x.ShowQuery("WITH {name: 'Apa'} AS m, 'name' AS k RETURN m[k] AS x"));
        Assert.Equal("null", x.ShowQuery("WITH null AS m RETURN m.missing AS x"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("12.3")]
    [InlineData("true")]
    public void Indexing_a_map_with_a_non_string_is_a_type_error(string key)
    {
        CypherError error = x.FailsQuery($"WITH {{name: 'Apa'}} AS m, {key} AS k RETURN m[k] AS x");
        Assert.Equal(CypherErrorClass.TypeError, error.Class);
        Assert.Equal(CypherErrorDetail.MapElementAccessByNonString, error.Detail);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("42.45")]
    [InlineData("true")]
    [InlineData("'string'")]
    [InlineData("[123, true]")]
    public void Property_access_on_a_non_map_is_a_type_error(string value)
    {
        CypherError error = x.FailsWith("RETURN $nonMap.num AS x", ("nonMap", value));
        Assert.Equal(CypherErrorClass.TypeError, error.Class);
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, error.Detail);
    }

    [Fact]
    public void Node_properties_by_dot_and_by_name()
    {
        Assert.Equal("'Ann'", x.ShowQuery("MATCH (n) RETURN n.name AS x", ("n", Ann)));
        Assert.Equal("null", x.ShowQuery("MATCH (n) RETURN n.nope AS x", ("n", Ann)));
        Assert.Equal("30", x.ShowQuery("MATCH (n) RETURN n['age'] AS x", ("n", Ann)));
        Assert.Equal("['a', 'b']", x.ShowQuery("MATCH (n) RETURN n.tags AS x", ("n", Ann)));
        Assert.Equal("null", x.ShowQuery("MATCH (n) RETURN n.name AS x", ("n", CypherValue.Null)));
        Assert.Equal(CypherErrorDetail.MapElementAccessByNonString, x.FailsQuery("MATCH (n) RETURN n[1] AS x", ("n", Ann)).Detail);
    }

    [Fact]
    public void Projection_of_a_map()
    {
        Assert.Equal("{a: 1, c: 3}", x.ShowQuery("WITH {a: 1, b: 2} AS m RETURN m {.a, c: 3} AS x"));
        Assert.Equal("{a: 1, b: 5}", x.ShowQuery("WITH {a: 1, b: 2} AS m RETURN m {.*, b: 5} AS x"));
        Assert.Equal("{missing: null}", x.ShowQuery("WITH {a: 1} AS m RETURN m {.missing} AS x"));
        Assert.Equal("null", x.ShowQuery("WITH null AS m RETURN m {.a} AS x"));
    }

    [Fact]
    public void Projection_of_a_node_with_all_properties_variables_and_entries()
    {
        Assert.Equal("{name: 'Ann', age: 30}", x.ShowQuery("MATCH (n) RETURN n {.name, .age} AS x", ("n", Ann)));
        Assert.Equal("{name: 'Ann', age: 31, born: '1990-05-17', tags: ['a', 'b'], k: 1}",
            x.ShowQuery("MATCH (n) WITH n, 1 AS k RETURN n {.*, age: n.age + 1, k} AS x", ("n", Ann)));
        Assert.Equal("{}", x.ShowQuery("MATCH (n) RETURN n {.*} AS x", ("n", CypherValue.Node(ExpressionGraph.Nobody))));
    }

    [Fact]
    public void Projection_of_a_non_map_is_a_type_error() =>
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, x.FailsWith("WITH $m AS m RETURN m {.a} AS x", ("m", "1")).Detail);
}
