using System.Text.Json;
using Graph.Cli.Tests.Support;
using Graph.Storage;

namespace Graph.Cli.Tests.Commands;

/// <summary>`graph cypher` through the real program: formats, errors, parameters, scripts, stdin and read-only mode.</summary>
public sealed class CypherCommandTests(PeopleStore people) : IClassFixture<PeopleStore>
{
    private const string ByAge = "MATCH (p:Person) RETURN p.name AS name, p.age AS age ORDER BY age DESC";

    [Fact]
    public void Table_output_shows_columns_values_and_readable_nodes()
    {
        Assert.Null(people.Created);

        var result = people.Cypher("-e", "MATCH (p:Person {age: 41}) RETURN p, p.name AS name");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("name", result.Output, StringComparison.Ordinal);
        Assert.Contains("(:Person {", result.Output, StringComparison.Ordinal);
        Assert.Contains("'张三'", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 row", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_columns_rows_and_nodes_as_objects()
    {
        Assert.Null(people.Created);

        var result = people.Cypher("-e", "MATCH (a:Person)-[k:KNOWS]->(b) RETURN a, k, b.age AS age", "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        var root = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["a", "k", "age"], root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!));
        var row = Assert.Single(root.GetProperty("rows").EnumerateArray().ToList());
        var node = row[0];
        Assert.Equal(JsonValueKind.Number, node.GetProperty("id").ValueKind);
        Assert.Equal(["Person"], node.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!));
        Assert.Equal("张三", node.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("KNOWS", row[1].GetProperty("type").GetString());
        Assert.Equal(2019, row[1].GetProperty("properties").GetProperty("since").GetInt64());
        Assert.Equal(35, row[2].GetInt64());
    }

    [Fact]
    public void Csv_output_follows_rfc_4180()
    {
        Assert.Null(people.Created);

        var result = people.Cypher("-e", ByAge, "--format", "csv");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Equal("name,age\r\n张三,41\r\n\"Li, \"\"Si\"\"\",35\r\n", result.Output);
    }

    [Fact]
    public void A_syntax_error_exits_2_with_position_and_caret_and_no_stack_trace()
    {
        Assert.Null(people.Created);

        var result = people.Cypher("-e", "MATCH (n:Person RETURN n");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("graph: error CYP", lines[0], StringComparison.Ordinal);
        Assert.Contains("line 1, column 17:", lines[0], StringComparison.Ordinal);
        Assert.Equal("MATCH (n:Person RETURN n", lines[1]);
        Assert.Equal(new string(' ', 16) + "^^^^^^", lines[2]);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void A_runtime_error_exits_2_with_its_code()
    {
        Assert.Null(people.Created);

        var result = people.Cypher("-e", "RETURN 1 / 0 AS x");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("graph: error ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_are_cypher_literals_or_else_strings()
    {
        Assert.Null(people.Created);

        var result = people.Cypher(
            "-e", "MATCH (p:Person) WHERE p.name = $name AND p.age IN $ages RETURN p.age AS age, $flag AS flag, $word AS word",
            "--param", "name=张三", "--param", "ages=[40, 41]", "--param", "flag=true", "--param", "word='hello'", "--format", "csv");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Equal("age,flag,word\r\n41,true,hello\r\n", result.Output);
    }

    [Fact]
    public void A_missing_parameter_is_an_error()
    {
        Assert.Null(people.Created);

        var result = people.Cypher("-e", "RETURN $nothing AS x");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("nothing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_without_a_name_is_a_usage_error()
    {
        var result = people.Cypher("-e", "RETURN 1", "--param", "novalue");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--param", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_runs_its_statements_in_order()
    {
        Assert.Null(people.Created);
        using var dir = new TempFolder();
        File.WriteAllText(dir["two.cypher"], "// two statements\nRETURN 1 AS one;\n\nRETURN 'a;b' AS two;\n");

        var result = people.Cypher("-f", dir["two.cypher"], "--format", "csv");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Equal("one\r\n1\r\n\r\ntwo\r\na;b\r\n", result.Output);
    }

    [Fact]
    public void An_error_in_a_file_points_at_the_file_line_and_column()
    {
        using var dir = new TempFolder();
        File.WriteAllText(dir["bad.cypher"], "RETURN 1 AS one;\n\nRETURN 2 +;\n");

        var result = people.Cypher("-f", dir["bad.cypher"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"{dir["bad.cypher"]}:3:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var result = people.Cypher("-f", "no-such-file.cypher");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("error CLI052", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_only_mode_refuses_create_and_leaves_the_graph_alone()
    {
        Assert.Null(people.Created);

        var refused = people.Cypher("--read-only", "-e", "CREATE (:Person {name: 'Wang Wu'})");
        var count = people.Cypher("--read-only", "-e", "MATCH (p:Person) RETURN count(p) AS n", "--format", "csv");

        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("read-only", refused.Error, StringComparison.Ordinal);
        Assert.Equal("n\r\n2\r\n", count.Output);
    }

    [Fact]
    public void Statements_are_read_from_stdin_when_it_is_not_a_terminal()
    {
        Assert.Null(people.Created);

        var result = GraphProcess.RunWithInput(people.Folder, "RETURN 1 AS a;\nRETURN 2 AS b;\n", "cypher", "--store", people.StorePath, "--format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        var documents = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, documents.Length);
        Assert.Equal("{\"columns\":[\"b\"],\"rows\":[[2]]}", documents[1]);
    }

    [Fact]
    public void Explain_prints_a_plan_without_running()
    {
        Assert.Null(people.Created);

        var result = people.Cypher("--explain", "-e", "MATCH (p:Person) RETURN p.name AS name");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("+ ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_locked_by_another_writer_is_queried_read_only_with_a_note()
    {
        using var dir = new TempFolder();
        using (var writer = GraphStore.Open(dir["store"], new StoreOptions { Fsync = false }))
        {
            var read = GraphProcess.Run(dir.Path, "cypher", "--store", dir["store"], "-e", "RETURN 1 AS x", "--format", "csv");
            var write = GraphProcess.Run(dir.Path, "cypher", "--store", dir["store"], "-e", "CREATE (:X)");

            Assert.True(read.ExitCode == ExitCodes.Ok, read.Error);
            Assert.Equal("x\r\n1\r\n", read.Output);
            Assert.Contains("graph: note:", read.Error, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.BadInput, write.ExitCode);
            Assert.Contains("read-only", write.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_only_on_a_missing_store_says_so()
    {
        using var dir = new TempFolder();

        var result = GraphProcess.Run(dir.Path, "cypher", "--store", dir["nothing"], "--read-only", "-e", "RETURN 1");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("error CLI050", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_and_file_together_are_a_usage_error()
    {
        var result = people.Cypher("-e", "RETURN 1", "-f", "x.cypher");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
