using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Operators.Writes;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Storage.Reading;
using static Graph.Cypher.Engine.Tests.Operators.Writes.WriteGraph;

namespace Graph.Cypher.Engine.Tests.Operators.Writes;

public sealed class MergeTests : IDisposable
{
    private static readonly RowExpression A = new SlotReference(0, "a");
    private readonly WriteGraph _graph = new();

    public void Dispose() => _graph.Dispose();

    /// <summary>MERGE (a:label {name: value}) as the planner would build it: a filtered label scan, and the node to create.</summary>
    private static (Operator Match, CreatePattern Create) NodeByName(string label, string value)
    {
        var match = new Filter(new NodeByLabelScan(0, "a", label), new Comparison(ComparisonOperator.Equal, new PropertyAccess(A, "name"), Str(value)));
        var create = new CreatePattern([new CreateNodeItem(0, "a", false, [label], new MapOf(("name", Str(value))))], []);
        return (match, create);
    }

    [Fact]
    public void A_match_gets_the_on_match_items_and_nothing_is_created()
    {
        TransactionOverlay overlay = _graph.Begin();
        (Operator match, CreatePattern create) = NodeByName("Person", "a");

        // MERGE (a:Person {name: 'a'}) ON MATCH SET a.seen = true ON CREATE SET a.created = true
        var merge = new Merge(new Argument(), match, create, [new SetPropertyAction(A, "seen", Value(true))], [new SetPropertyAction(A, "created", Value(true))]);
        Assert.Equal(["0"], Rows(overlay, merge, 0));

        Assert.Equal(4, overlay.NodeCount);
        Assert.Equal(["age=30", "name='a'", "seen=true"], PropertyTexts(overlay, overlay.NodeProperties(0)));
        Assert.Equal("Merge", merge.Name);
        Assert.Equal("(a:Person {name: 'a'}) ON MATCH SET a.seen = true ON CREATE SET a.created = true", merge.Details);
    }

    [Fact]
    public void Without_a_match_the_pattern_is_created_once_with_the_on_create_items()
    {
        TransactionOverlay overlay = _graph.Begin();
        (Operator match, CreatePattern create) = NodeByName("Person", "z");

        var merge = new Merge(new Argument(), match, create, [new SetPropertyAction(A, "seen", Value(true))], [new SetPropertyAction(A, "created", Value(true))]);
        Assert.Equal(["4"], Rows(overlay, merge, 0));

        Assert.Equal(["Person"], LabelNames(overlay, 4));
        Assert.Equal(["created=true", "name='z'"], PropertyTexts(overlay, overlay.NodeProperties(4)));
        IGraphReader stored = _graph.Commit(overlay);
        Assert.Equal([stored.FindNodeByKey(overlay.NodeKey(4))], stored.FindNodes(stored.LabelId("Person"), stored.PropertyKeyId("name"), Graph.Storage.Values.PropertyValue.From("z")).ToArray());
    }

    [Fact]
    public void Later_rows_match_what_earlier_rows_merged()
    {
        TransactionOverlay overlay = _graph.Begin();
        (Operator match, CreatePattern create) = NodeByName("Tag", "x");

        // UNWIND [1, 2, 3] AS i MERGE (a:Tag {name: 'x'}) ON MATCH SET a.hits = i
        var merge = new Merge(Build.Values(5, 1, 2, 3), match, create, [new SetPropertyAction(A, "hits", Build.Slot(5))], []);

        Assert.Equal(["4,1", "4,2", "4,3"], Rows(overlay, merge, 0, 5));
        Assert.Equal(5, overlay.NodeCount);
        Assert.Equal(CypherValue.Integer(3), Property(overlay, 4, "hits"));
    }

    [Fact]
    public void Every_match_is_yielded_and_on_match_writes_do_not_disturb_the_match()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MERGE (a:Person) ON MATCH REMOVE a:Person, SET a:Was
        var merge = new Merge(new Argument(), new NodeByLabelScan(0, "a", "Person"), new CreatePattern([new CreateNodeItem(0, "a", false, ["Person"])], []),
            [new RemoveLabelsAction(A, ["Person"]), new SetLabelsAction(A, ["Was"])], []);

        Assert.Equal(["0", "1"], Rows(overlay, merge, 0));
        Assert.Empty(overlay.NodesWithLabel(overlay.LabelId("Person")).ToArray());
        Assert.Equal([0, 1], overlay.NodesWithLabel(overlay.LabelId("Was")).ToArray());
    }

    [Fact]
    public void A_relationship_between_bound_nodes_is_created_once_then_matched()
    {
        TransactionOverlay overlay = _graph.Begin();

        // UNWIND [1, 2] AS i MATCH (a {name: 'a'}), (b:Company) MERGE (a)-[r:WORKS_AT {since: 2020}]->(b) ON MATCH SET r.again = i
        Operator input = new Projection(Build.Values(5, 1, 2), new ProjectionItem(0, "a", Value(CypherValue.Node(0))), new ProjectionItem(2, "b", Value(CypherValue.Node(2))));
        var r = new SlotReference(1, "r");
        var match = new Filter(new ExpandInto(new Argument(), Build.Step(0, 1, 2, Direction.Outgoing, "WORKS_AT")),
            new Comparison(ComparisonOperator.Equal, new PropertyAccess(r, "since"), Value(2020L)));
        var create = new CreatePattern([new CreateNodeItem(0, "a", true, []), new CreateNodeItem(2, "b", true, [])], [new CreateRelationshipItem(1, "r", "WORKS_AT", 0, 2, Map(("since", 2020L)))]);
        var merge = new Merge(input, match, create, [new SetPropertyAction(r, "again", Build.Slot(5))], []);

        Assert.Equal(["2", "2"], Rows(overlay, merge, 1));
        Assert.Equal(CypherValue.Integer(2), RelationshipProperty(overlay, 2, "again"));
        Assert.Equal("(a)-[r:WORKS_AT {since: 2020}]->(b) ON MATCH SET r.again = s5", merge.Details);
        IGraphReader stored = _graph.Commit(overlay);
        Assert.Equal(2, stored.Degree(stored.FindNodeByKey("n2"), stored.RelationshipTypeId("WORKS_AT"), Direction.Incoming));
    }

    [Fact]
    public void A_null_property_in_the_pattern_is_SemanticError_MergeReadOwnWrites()
    {
        // CREATE (a), (b) MERGE (a)-[r:X {num: null}]->(b)
        var relationship = new CreatePattern([new CreateNodeItem(0, "a", true, []), new CreateNodeItem(2, "b", true, [])], [new CreateRelationshipItem(1, "r", "X", 0, 2, Map(("num", CypherValue.Null)))]);
        var match = new ExpandInto(new Argument(), Build.Step(0, 1, 2, Direction.Outgoing, "X"));
        QueryError error = Fails(_graph.Begin(), new Merge(Row(CypherValue.Node(0), CypherValue.Null, CypherValue.Node(3)), match, relationship, [], []));
        Assert.Equal(("SemanticError", "MergeReadOwnWrites"), (error.ErrorClass, error.Detail));
        Assert.Contains("'num'", error.Message, StringComparison.Ordinal);

        // MERGE (n:L {num: null})
        var node = new CreatePattern([new CreateNodeItem(0, "n", false, ["L"], Map(("num", CypherValue.Null)))], []);
        QueryError nodeError = Fails(_graph.Begin(), new Merge(new Argument(), new NodeByLabelScan(0, "n", "L"), node, [], []));
        Assert.Equal(("SemanticError", "MergeReadOwnWrites"), (nodeError.ErrorClass, nodeError.Detail));
    }

    [Fact]
    public void Creation_starts_from_the_input_row_not_what_a_failed_match_left_behind()
    {
        TransactionOverlay overlay = _graph.Begin();

        // The match binds slots 6 and 7 before its filter rejects the row; MERGE must not keep them.
        var match = new Filter(new Expand(new Argument(), Build.Step(0, 6, 7, Direction.Outgoing, "KNOWS")), Value(false));
        var merge = new Merge(Row(CypherValue.Node(0)), match, new CreatePattern([new CreateNodeItem(8, "x", false, ["Fresh"])], []), [], []);

        Assert.Equal(["0,null,null,4"], Rows(overlay, merge, 0, 6, 7, 8));
    }
}
