using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Operators.Writes;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Storage.Reading;
using static Graph.Cypher.Engine.Tests.Operators.Writes.WriteGraph;

namespace Graph.Cypher.Engine.Tests.Operators.Writes;

public sealed class SetTests : IDisposable
{
    private static readonly RowExpression N = new SlotReference(0, "n");
    private readonly WriteGraph _graph = new();

    public void Dispose() => _graph.Dispose();

    [Fact]
    public void Sets_node_and_relationship_properties_and_null_removes()
    {
        TransactionOverlay overlay = _graph.Begin();
        var r = new SlotReference(1, "r");

        // MATCH (n)-[r]->() WHERE id(r) = 0 SET n.name = 'x', n.age = null, r.since = 1999, r.note = 'n'
        var set = new SetOperator(Row(CypherValue.Node(0), CypherValue.Relationship(0)),
            [new SetPropertyAction(N, "name", Str("x")), new SetPropertyAction(N, "age", Null), new SetPropertyAction(r, "since", Value(1999L)), new SetPropertyAction(r, "note", Str("n"))]);
        Assert.Equal(["0,0"], Rows(overlay, set, 0, 1));

        Assert.Equal(["name='x'"], PropertyTexts(overlay, overlay.NodeProperties(0)));
        Assert.Equal(["note='n'", "since=1999"], PropertyTexts(overlay, overlay.RelationshipProperties(0)));
        Assert.Equal("Set", set.Name);
        Assert.Equal("n.name = 'x', n.age = null, r.since = 1999, r.note = 'n'", set.Details);

        IGraphReader stored = _graph.Commit(overlay);
        Assert.Equal(["name='x'"], PropertyTexts(stored, stored.NodeProperties(0)));
        Assert.Equal(["note='n'", "since=1999"], PropertyTexts(stored, stored.RelationshipProperties(0)));
    }

    [Fact]
    public void Items_apply_in_order_each_seeing_the_ones_before()
    {
        TransactionOverlay overlay = _graph.Begin();

        // SET n.a = 1, n.b = n.a
        Rows(overlay, new SetOperator(Row(CypherValue.Node(3)), [new SetPropertyAction(N, "a", Value(1L)), new SetPropertyAction(N, "b", new PropertyAccess(N, "a"))]));

        Assert.Equal(["a=1", "b=1"], PropertyTexts(overlay, overlay.NodeProperties(3)));
    }

    [Fact]
    public void A_null_target_is_skipped_by_every_item()
    {
        TransactionOverlay overlay = _graph.Begin();
        IWriteAction[] actions =
        [
            new SetPropertyAction(N, "x", Value(1L)), new SetPropertiesAction(N, Map(("x", 1L)), merge: false), new SetPropertiesAction(N, Map(("x", 1L)), merge: true),
            new SetLabelsAction(N, ["L"]), new RemovePropertyAction(N, "x"), new RemoveLabelsAction(N, ["L"]),
        ];

        // OPTIONAL MATCH (n:Missing) SET ... RETURN n
        Assert.Equal(["null"], Rows(overlay, new SetOperator(Row(CypherValue.Null), actions), 0));

        Assert.False(overlay.HasChanges);
    }

    [Fact]
    public void Writing_to_something_that_is_no_element_is_a_TypeError()
    {
        // WITH {a: 1} AS n SET n.a = 2
        QueryError onMap = Fails(_graph.Begin(), new SetOperator(Row(CypherValue.Map(CypherMap.Of(("a", 1L)))), [new SetPropertyAction(N, "a", Value(2L))]));
        Assert.Equal(("TypeError", "InvalidArgumentType"), (onMap.ErrorClass, onMap.Detail));

        // MATCH ()-[n]->() SET n:L
        QueryError labelOnRelationship = Fails(_graph.Begin(), new SetOperator(Row(CypherValue.Relationship(0)), [new SetLabelsAction(N, ["L"])]));
        Assert.Equal(("TypeError", "InvalidArgumentType"), (labelOnRelationship.ErrorClass, labelOnRelationship.Detail));

        // SET n = 42
        QueryError fromInteger = Fails(_graph.Begin(), new SetOperator(Row(CypherValue.Node(0)), [new SetPropertiesAction(N, Value(42L), merge: false)]));
        Assert.Equal("TypeError", fromInteger.ErrorClass);
    }

    [Fact]
    public void A_value_that_cannot_be_stored_is_TypeError_InvalidPropertyType()
    {
        // CREATE (a) SET a.maplist = [{num: 1}]  (TCK Set1 [10])
        CypherValue maps = CypherValue.List(CypherValue.Map(CypherMap.Of(("num", 1L))));
        QueryError single = Fails(_graph.Begin(), new SetOperator(Row(CypherValue.Node(3)), [new SetPropertyAction(N, "maplist", Value(maps))]));
        Assert.Equal(("TypeError", "InvalidPropertyType"), (single.ErrorClass, single.Detail));

        QueryError inMap = Fails(_graph.Begin(), new SetOperator(Row(CypherValue.Node(3)), [new SetPropertiesAction(N, Map(("maplist", maps)), merge: true)]));
        Assert.Equal(("TypeError", "InvalidPropertyType"), (inMap.ErrorClass, inMap.Detail));
    }

    [Fact]
    public void Setting_from_a_map_replaces_every_property_and_drops_null_entries()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH (n {name: 'a'}) SET n = {name: 'B', age: null, baz: 'C'}
        var set = new SetOperator(Row(CypherValue.Node(0)), [new SetPropertiesAction(N, Map(("name", CypherValue.String("B")), ("age", CypherValue.Null), ("baz", CypherValue.String("C"))), merge: false)]);
        Rows(overlay, set);

        Assert.Equal(["baz='C'", "name='B'"], PropertyTexts(overlay, overlay.NodeProperties(0)));
        Assert.Equal("n = {name: 'B', age: null, baz: 'C'}", set.Details);
        IGraphReader stored = _graph.Commit(overlay);
        Assert.Equal(["baz='C'", "name='B'"], PropertyTexts(stored, stored.NodeProperties(0)));
    }

    [Fact]
    public void Merging_a_map_changes_only_its_keys_and_null_removes()
    {
        TransactionOverlay overlay = _graph.Begin();

        // SET n += {age: null, city: 'Z'};  SET n += {} and SET n += null change nothing
        var set = new SetOperator(Row(CypherValue.Node(1)),
            [new SetPropertiesAction(N, Map(("age", CypherValue.Null), ("city", CypherValue.String("Z"))), merge: true), new SetPropertiesAction(N, Map(), merge: true), new SetPropertiesAction(N, Null, merge: true)]);
        Rows(overlay, set);

        Assert.Equal(["city='Z'", "name='b'"], PropertyTexts(overlay, overlay.NodeProperties(1)));
        Assert.Equal("n += {age: null, city: 'Z'}, n += {}, n += null", set.Details);
    }

    [Fact]
    public void Setting_from_null_clears_and_from_an_element_copies_its_properties()
    {
        TransactionOverlay overlay = _graph.Begin();
        var r = new SlotReference(1, "r");

        // MATCH (n)-[r]->() SET r = n, n = n;  then SET n = null on another node
        Rows(overlay, new SetOperator(Row(CypherValue.Node(0), CypherValue.Relationship(0)), [new SetPropertiesAction(r, N, merge: false), new SetPropertiesAction(N, N, merge: false)]));
        Rows(overlay, new SetOperator(Row(CypherValue.Node(2)), [new SetPropertiesAction(N, Null, merge: false)]));

        Assert.Equal(["age=30", "name='a'"], PropertyTexts(overlay, overlay.RelationshipProperties(0)));
        Assert.Equal(["age=30", "name='a'"], PropertyTexts(overlay, overlay.NodeProperties(0)));
        Assert.Empty(overlay.NodeProperties(2));
    }

    [Fact]
    public void Adds_and_removes_labels_and_properties()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH (n:Person {name: 'a'}) SET n:Foo:Bar  ... REMOVE n:Person:Missing, n.age, n.nothing
        var set = new SetOperator(Row(CypherValue.Node(0)), [new SetLabelsAction(N, ["Foo", "Bar"])]);
        var remove = new SetOperator(set, [new RemoveLabelsAction(N, ["Person", "Missing"]), new RemovePropertyAction(N, "age"), new RemovePropertyAction(N, "nothing")]);
        Rows(overlay, remove);

        Assert.Equal(["Bar", "Foo"], LabelNames(overlay, 0));
        Assert.Equal(["name='a'"], PropertyTexts(overlay, overlay.NodeProperties(0)));
        Assert.Equal([1], overlay.NodesWithLabel(overlay.LabelId("Person")).ToArray());
        Assert.Equal([0], overlay.NodesWithLabel(overlay.LabelId("Foo")).ToArray());
        Assert.Equal(("Set", "n:Foo:Bar"), (set.Name, set.Details));
        Assert.Equal(("Remove", "n:Person:Missing, n.age, n.nothing"), (remove.Name, remove.Details));

        IGraphReader stored = _graph.Commit(overlay);
        Assert.Equal(["Bar", "Foo"], LabelNames(stored, 0));
        Assert.Equal(["name='a'"], PropertyTexts(stored, stored.NodeProperties(0)));
    }

    [Fact]
    public void Writes_to_a_deleted_element_are_DeletedEntityAccess()
    {
        TransactionOverlay overlay = _graph.Begin();
        overlay.DeleteNode(3, detach: false);

        QueryError error = Fails(overlay, new SetOperator(Row(CypherValue.Node(3)), [new SetPropertyAction(N, "x", Value(1L))]));

        Assert.Equal(("EntityNotFound", "DeletedEntityAccess"), (error.ErrorClass, error.Detail));
    }
}
