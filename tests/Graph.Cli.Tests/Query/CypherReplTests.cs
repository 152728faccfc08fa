using Graph.Cli.Query;
using Graph.Cli.Tests.Support;
using Graph.Cypher.Engine;
using Graph.Storage;

namespace Graph.Cli.Tests.Query;

/// <summary>The prompt's own commands; statements are covered through the real program.</summary>
public sealed class CypherReplTests
{
    [Fact]
    public void Colon_commands_toggle_modes_set_parameters_and_quit()
    {
        using var dir = new TempFolder();
        using var store = GraphStore.Open(dir["store"], new StoreOptions { Fsync = false });
        var errors = new StringWriter();
        var runner = new StatementRunner(new CypherEngine(store), new JsonResultWriter(TextWriter.Null), new ErrorReporter(errors));
        var output = new StringWriter();
        var input = new StringReader(":help\n:explain\n:param who='张三'\n:params\n:nonsense\n:quit\nRETURN 1;\n");

        var code = new CypherRepl(runner, QueryOptions.Default, input, output).Run(CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        var text = output.ToString();
        Assert.Contains(":profile", text, StringComparison.Ordinal);
        Assert.Contains("EXPLAIN is on.", text, StringComparison.Ordinal);
        Assert.Contains("$who = '张三'", text, StringComparison.Ordinal);
        Assert.Contains("Unknown command :nonsense", text, StringComparison.Ordinal);
        Assert.Equal("张三", runner.Parameters["who"].AsString);
        Assert.Equal(string.Empty, errors.ToString());
    }

    [Fact]
    public void A_statement_may_span_lines_and_an_error_does_not_end_the_prompt()
    {
        using var dir = new TempFolder();
        using var store = GraphStore.Open(dir["store"], new StoreOptions { Fsync = false });
        var errors = new StringWriter();
        var runner = new StatementRunner(new CypherEngine(store), new JsonResultWriter(TextWriter.Null), new ErrorReporter(errors));
        var output = new StringWriter();

        var code = new CypherRepl(runner, QueryOptions.Default, new StringReader("RETURN\n1 +;\nRETURN (;\n"), output).Run(CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains(CypherRepl.ContinuationPrompt, output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, errors.ToString().Split('\n').Count(line => line.StartsWith("graph: error", StringComparison.Ordinal)));
        Assert.Contains("line 2, column", errors.ToString(), StringComparison.Ordinal);
    }
}
