using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Formatting;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Formatting;

public class LiteralFormatterTests
{
    [Theory]
    [InlineData("[1, 2.0, 'a', null, true]", "[1, 2.0, 'a', null, true]")]
    [InlineData("{a: 1, b: [date('2020-01-01')]}", "{a: 1, b: ['2020-01-01']}")]
    [InlineData("'it\\'s'", "'it\\'s'")]
    [InlineData("duration({minutes: 1.5})", "'PT1M30S'")]
    public void Values_print_as_tck_literals(string expression, string expected) =>
        Assert.Equal(expected, MiniQuery.Evaluate(expression).ToString());

    [Fact]
    public void Graph_elements_print_with_labels_types_and_properties()
    {
        var graph = new FakeGraph();
        var path = CypherValue.Path(new CypherPath([0, 1], [0]));
        Assert.Equal("(:Person:Judge {name: 'Li'})", CypherLiteralFormatter.Format(CypherValue.Node(0), graph));
        Assert.Equal("[:KNOWS {since: 2020}]", CypherLiteralFormatter.Format(CypherValue.Relationship(0), graph));
        Assert.Equal("<(:Person:Judge {name: 'Li'})-[:KNOWS {since: 2020}]->()>", CypherLiteralFormatter.Format(path, graph));
        var backwards = CypherValue.Path(new CypherPath([1, 0], [0]));
        Assert.Equal("<()<-[:KNOWS {since: 2020}]-(:Person:Judge {name: 'Li'})>", CypherLiteralFormatter.Format(backwards, graph));
    }
}
