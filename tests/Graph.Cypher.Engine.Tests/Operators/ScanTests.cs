using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Tests.Support;

namespace Graph.Cypher.Engine.Tests.Operators;

public sealed class ScanTests(SmallGraph graph) : IClassFixture<SmallGraph>
{
    [Fact]
    public void All_nodes_scan_lists_every_node_in_order() =>
        Assert.Equal(["0", "1", "2", "3", "4", "5"], Run.Rows(graph.Reader, new AllNodesScan(0, "n"), 0));

    [Fact]
    public void Label_scan_lists_the_labelled_nodes() =>
        Assert.Equal(["0", "1", "2"], Run.Rows(graph.Reader, new NodeByLabelScan(0, "n", "Person"), 0));

    [Fact]
    public void Label_scan_of_an_unknown_label_is_empty() =>
        Assert.Empty(Run.Rows(graph.Reader, new NodeByLabelScan(0, "n", "Nope"), 0));

    [Fact]
    public void Index_seek_finds_by_property() =>
        Assert.Equal(["1"], Run.Rows(graph.Reader, new NodeIndexSeek(0, "n", "Person", "name", new Literal(CypherValue.String("b"))), 0));

    [Fact]
    public void Index_seek_with_no_match_is_empty() =>
        Assert.Empty(Run.Rows(graph.Reader, new NodeIndexSeek(0, "n", "Person", "name", new Literal(CypherValue.String("zz"))), 0));

    [Fact]
    public void Key_seek_finds_the_node_by_natural_key()
    {
        Assert.Equal(["3"], Run.Rows(graph.Reader, new NodeByKeySeek(0, "n", new Literal(CypherValue.String("n3"))), 0));
        Assert.Empty(Run.Rows(graph.Reader, new NodeByKeySeek(0, "n", new Literal(CypherValue.String("missing"))), 0));
    }

    [Fact]
    public void Argument_yields_one_row_per_open() =>
        Assert.Single(Run.Rows(graph.Reader, new Argument()));
}
