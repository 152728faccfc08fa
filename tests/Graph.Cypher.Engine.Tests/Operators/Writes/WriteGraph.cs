using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Storage;
using Graph.Storage.Reading;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Cypher.Engine.Tests.Operators.Writes;

/// <summary>
/// A real store in a temp folder for write tests, one per test since tests change it:
/// n0 :Person {name 'a', age 30}, n1 :Person {name 'b', age 40}, n2 :Company {name 'c'}, n3 unlabelled;
/// r0 n0-KNOWS {since 2001}->n1, r1 n1-WORKS_AT->n2 (ids follow creation order).
/// </summary>
internal sealed class WriteGraph : IDisposable
{
    private static readonly StoreOptions Options = new() { Fsync = false, Indexes = [new IndexSpec("Person", "name")] };
    private readonly TempDirectory _folder = new();

    public WriteGraph()
    {
        Store = GraphStore.Open(_folder.Path, Options);
        var batch = new GraphBatch();
        batch.UpsertNode("n0", ["Person"], [new("name", PropertyValue.From("a")), new("age", PropertyValue.From(30L))]);
        batch.UpsertNode("n1", ["Person"], [new("name", PropertyValue.From("b")), new("age", PropertyValue.From(40L))]);
        batch.UpsertNode("n2", ["Company"], [new("name", PropertyValue.From("c"))]);
        batch.UpsertNode("n3", [], []);
        batch.UpsertRelationship("KNOWS", "n0", "n1", "0", [new("since", PropertyValue.From(2001L))]);
        batch.UpsertRelationship("WORKS_AT", "n1", "n2", "1", []);
        Store.Commit(batch);
        Store.Publish();
    }

    public GraphStore Store { get; private set; }

    public TransactionOverlay Begin() => new(Store.Snapshot);

    /// <summary>Commits the overlay's batch and returns the published snapshot.</summary>
    public IGraphReader Commit(TransactionOverlay overlay)
    {
        Store.Commit(overlay.ToBatch());
        return Store.Publish();
    }

    /// <summary>Closes and reopens the store, so what a test reads next came back from disk.</summary>
    public IGraphReader Reopen()
    {
        Store.Dispose();
        Store = GraphStore.Open(_folder.Path, Options);
        return Store.Snapshot;
    }

    public void Dispose()
    {
        Store.Dispose();
        _folder.Dispose();
    }

    /// <summary>Runs a plan over the overlay through the real runner; the result may be an error.</summary>
    public static QueryResult Execute(IGraphReader reader, Operator root, params int[] slots)
    {
        var columns = slots.Select(slot => new OutputColumn("c" + slot, slot)).ToArray();
        return QueryRunner.Run(new PhysicalPlan(root, Run.Width, columns), reader, QueryLimits.Default);
    }

    /// <summary>Runs a plan that must succeed and returns its rows as text (see <see cref="Run.Text"/>).</summary>
    public static List<string> Rows(IGraphReader reader, Operator root, params int[] slots)
    {
        QueryResult result = Execute(reader, root, slots);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Rows.Select(row => string.Join(",", row.Select(Run.Text))).ToList();
    }

    /// <summary>Runs a plan that must fail and returns the error.</summary>
    public static QueryError Fails(IGraphReader reader, Operator root)
    {
        QueryResult result = Execute(reader, root);
        Assert.False(result.Succeeded, "the plan was expected to fail");
        return result.Error!;
    }

    public static RowExpression Map(params (string Key, CypherValue Value)[] entries) => new Literal(CypherValue.Map(CypherMap.Of(entries)));

    public static RowExpression Value(CypherValue value) => new Literal(value);

    public static RowExpression Str(string value) => new Literal(CypherValue.String(value));

    public static RowExpression Null => new Literal(CypherValue.Null);

    /// <summary>One row with the given values in slots 0, 1, ...: the input of a write operator.</summary>
    public static Operator Row(params CypherValue[] values)
    {
        Operator plan = new Argument();
        for (int i = 0; i < values.Length; i++)
        {
            plan = new Projection(plan, new ProjectionItem(i, "v" + i, new Literal(values[i])));
        }

        return plan;
    }

    /// <summary>A node's property as a Cypher value, read through any reader.</summary>
    public static CypherValue Property(IGraphReader reader, int node, string key)
    {
        int keyId = reader.PropertyKeyId(key);
        return keyId < 0 ? CypherValue.Null : Execution.Values.StoredValues.ToCypher(reader.NodeProperty(node, keyId));
    }

    public static CypherValue RelationshipProperty(IGraphReader reader, int relationship, string key)
    {
        int keyId = reader.PropertyKeyId(key);
        return keyId < 0 ? CypherValue.Null : Execution.Values.StoredValues.ToCypher(reader.RelationshipProperty(relationship, keyId));
    }

    public static string[] LabelNames(IGraphReader reader, int node) =>
        reader.LabelsOf(node).ToArray().Select(label => reader.Labels[label]).Order(StringComparer.Ordinal).ToArray();

    /// <summary>"key=value" for each present property, sorted by key.</summary>
    public static string[] PropertyTexts(IGraphReader reader, IEnumerable<KeyValuePair<int, PropertyValue>> properties) =>
        properties.Where(p => !p.Value.IsNull).Select(p => reader.PropertyKeys[p.Key] + "=" + Execution.Values.StoredValues.ToCypher(p.Value)).Order(StringComparer.Ordinal).ToArray();
}
