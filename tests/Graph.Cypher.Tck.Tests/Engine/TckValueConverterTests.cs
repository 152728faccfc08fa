using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Tests.Support;
using Graph.Cypher.Tck.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Tck.Tests.Engine;

public sealed class TckValueConverterTests
{
    [Theory]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("42")]
    [InlineData("-1.5")]
    [InlineData("'it\\'s'")]
    [InlineData("[1, 'a', [2.0, null]]")]
    [InlineData("{a: 1, b: {c: [true]}}")]
    public void Literals_survive_a_round_trip(string cell)
    {
        using var graph = new ScratchGraph();
        var value = TckValue.Parse(cell);

        var back = TckValueConverter.ToTck(TckValueConverter.ToCypher(value), graph.Graph);

        Assert.True(TckValueMatcher.Matches(value, back), $"{cell} came back as {back}");
    }

    [Fact]
    public void Integers_stay_integers_and_floats_stay_floats()
    {
        Assert.Equal(CypherValueKind.Integer, TckValueConverter.ToCypher(TckValue.Of(1L)).Kind);
        Assert.Equal(CypherValueKind.Float, TckValueConverter.ToCypher(TckValue.Of(1.0)).Kind);
    }

    [Fact]
    public void A_node_cannot_be_a_parameter() =>
        Assert.Throws<ArgumentException>(() => TckValueConverter.ToCypher(TckValue.Parse("(:A)")));

    [Fact]
    public void Temporal_values_become_their_iso_text_as_the_tck_writes_them()
    {
        using var graph = new ScratchGraph();

        var date = TckValueConverter.ToTck(CypherValue.Date(CypherDate.Of(2015, 7, 21)), graph.Graph);

        Assert.True(TckValueMatcher.Matches(TckValue.Parse("'2015-07-21'"), date), date.ToString());
    }

    [Fact]
    public void A_node_carries_its_labels_and_properties()
    {
        using var graph = new ScratchGraph();

        var node = TckValueConverter.ToTck(CypherValue.Node(graph.Ann), graph.Graph);

        Assert.True(TckValueMatcher.Matches(TckValue.Parse("(:Admin:Person {name: 'Ann', born: 1970})"), node), node.ToString());
    }

    [Fact]
    public void A_relationship_carries_its_type_and_properties()
    {
        using var graph = new ScratchGraph();

        var relationship = TckValueConverter.ToTck(CypherValue.Relationship(graph.Knows), graph.Graph);

        Assert.True(TckValueMatcher.Matches(TckValue.Parse("[:KNOWS {since: 2001}]"), relationship), relationship.ToString());
    }

    [Fact]
    public void A_path_walked_against_its_relationship_points_backwards()
    {
        using var graph = new ScratchGraph();
        var forward = CypherValue.Path(new CypherPath([graph.Ann, graph.Bob], [graph.Knows]));
        var backward = CypherValue.Path(new CypherPath([graph.Bob, graph.Ann], [graph.Knows]));

        var there = TckValueConverter.ToTck(forward, graph.Graph);
        var back = TckValueConverter.ToTck(backward, graph.Graph);

        Assert.Equal("<(:Person:Admin {name: 'Ann', born: 1970})-[:KNOWS {since: 2001}]->(:Person {name: 'Bob'})>", there.ToString());
        Assert.Equal("<(:Person {name: 'Bob'})<-[:KNOWS {since: 2001}]-(:Person:Admin {name: 'Ann', born: 1970})>", back.ToString());
    }

    [Fact]
    public void Nodes_inside_lists_and_maps_are_converted_too()
    {
        using var graph = new ScratchGraph();
        var value = CypherValue.List(CypherValue.Map(CypherMap.Of(("n", CypherValue.Node(graph.Bob)))));

        var converted = TckValueConverter.ToTck(value, graph.Graph);

        Assert.True(TckValueMatcher.Matches(TckValue.Parse("[{n: (:Person {name: 'Bob'})}]"), converted), converted.ToString());
    }

    [Fact]
    public void The_snapshot_lists_elements_labels_and_property_entries()
    {
        using var graph = new ScratchGraph();

        var snapshot = TckSnapshotReader.Read(graph.Graph);

        Assert.Equal(2, snapshot.Nodes.Count);
        Assert.Single(snapshot.Relationships);
        Assert.True(snapshot.Labels.SetEquals(["Person", "Admin"]));
        Assert.Contains(TckPropertyEntry.Of("n" + graph.Ann, "born", TckValue.Of(1970L)), snapshot.Properties);
        Assert.Contains(TckPropertyEntry.Of("r" + graph.Knows, "since", TckValue.Of(2001L)), snapshot.Properties);
        Assert.Equal(4, snapshot.Properties.Count);
    }
}
