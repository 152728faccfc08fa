using System.Text.Json;
using Graph.Cli.Query;
using Graph.Cli.Tests.Support;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Temporal;
using Graph.Storage;
using Graph.Storage.Reading;
using Graph.Storage.Values;
using Graph.Storage.Writing;
using Spectre.Console;

namespace Graph.Cli.Tests.Query;

/// <summary>The three output formats on hand-made results over a store written through the storage API.</summary>
public sealed class ResultWriterTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly GraphStore _store;

    public ResultWriterTests()
    {
        _store = GraphStore.Open(_dir["store"], new StoreOptions { Fsync = false });
        var batch = new GraphBatch();
        batch.UpsertNode("zs", ["Person"], [new("name", PropertyValue.From("张三")), new("age", PropertyValue.From(41L))]);
        batch.UpsertNode("acme", ["Company"], [new("name", PropertyValue.From("Acme, \"Ltd\""))]);
        batch.UpsertRelationship("WORKS_AT", "zs", "acme", "1", [new("since", PropertyValue.From(2019L))]);
        _store.Commit(batch);
        _store.Publish();
    }

    private IGraphReader Graph => _store.Snapshot;

    private int Zhang => Graph.FindNodeByKey("zs");

    private int Acme => Graph.FindNodeByKey("acme");

    private int WorksAt => Graph.RelationshipsOf(Zhang, -1, Direction.Outgoing)[0];

    public void Dispose()
    {
        _store.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void Json_writes_nodes_relationships_and_paths_as_objects()
    {
        var output = new StringWriter();
        var path = CypherValue.Path(new CypherPath([Zhang, Acme], [WorksAt]));

        new JsonResultWriter(output).Write(Result(["n", "r", "p", "f", "d"], CypherValue.Node(Zhang), CypherValue.Relationship(WorksAt), path, CypherValue.Float(double.NaN), CypherValue.Date(CypherDate.Of(2019, 3, 1))), Graph);

        var text = output.ToString();
        Assert.Contains("\"name\":\"张三\"", text, StringComparison.Ordinal);
        var row = JsonDocument.Parse(text).RootElement.GetProperty("rows")[0];
        Assert.Equal(Zhang, row[0].GetProperty("id").GetInt32());
        Assert.Equal("Person", row[0].GetProperty("labels")[0].GetString());
        Assert.Equal(41, row[0].GetProperty("properties").GetProperty("age").GetInt64());
        Assert.Equal("WORKS_AT", row[1].GetProperty("type").GetString());
        Assert.Equal(Zhang, row[1].GetProperty("start").GetInt32());
        Assert.Equal(Acme, row[1].GetProperty("end").GetInt32());
        Assert.Equal(2, row[2].GetProperty("nodes").GetArrayLength());
        Assert.Equal("NaN", row[3].GetString());
        Assert.Equal("2019-03-01", row[4].GetString());
    }

    [Fact]
    public void Csv_writes_plain_scalars_and_quotes_what_needs_it()
    {
        var output = new StringWriter();

        new CsvResultWriter(output, TextWriter.Null).Write(
            Result(["name", "company", "missing", "list"], CypherValue.String("张三"), CypherValue.Node(Acme), CypherValue.Null, CypherValue.List(1L, 2L)), Graph);

        Assert.Equal("name,company,missing,list\r\n张三,\"(:Company {name: 'Acme, \"\"Ltd\"\"'})\",,\"[1, 2]\"\r\n", output.ToString());
    }

    [Fact]
    public void Csv_separates_tables_by_an_empty_line_and_skips_statements_without_columns()
    {
        var output = new StringWriter();
        var writer = new CsvResultWriter(output, TextWriter.Null);

        writer.Write(new QueryResult { Columns = [], Rows = [], WroteChanges = true }, Graph);
        writer.Write(Result(["a"], CypherValue.Integer(1)), Graph);
        writer.Write(Result(["b"], CypherValue.Integer(2)), Graph);

        Assert.Equal("a\r\n1\r\n\r\nb\r\n2\r\n", output.ToString());
    }

    [Fact]
    public void The_table_shows_nodes_readably_and_counts_rows()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;

        new TableResultWriter(console, ExecutionMode.Run).Write(Result(["n", "age"], CypherValue.Node(Zhang), CypherValue.Integer(41)), Graph);

        var text = output.ToString();
        Assert.Contains("(:Person {name: '张三', age: 41})", text, StringComparison.Ordinal);
        Assert.Contains("age", text, StringComparison.Ordinal);
        Assert.Contains("1 row (", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_node_prints_bare_instead_of_failing()
    {
        var output = new StringWriter();
        var batch = new GraphBatch();
        batch.DeleteNode("acme", detach: true);
        _store.Commit(batch);
        _store.Publish();

        new CsvResultWriter(output, TextWriter.Null).Write(Result(["n"], CypherValue.Node(Acme)), Graph);

        Assert.Equal("n\r\n()\r\n", output.ToString());
    }

    private static QueryResult Result(string[] columns, params CypherValue[] row) => new() { Columns = columns, Rows = [row] };
}
