using Graph.Cli.Query;

namespace Graph.Cli.Tests.Query;

public sealed class OutputTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Csv_fields_are_quoted_only_when_needed(string text, string field) =>
        Assert.Equal(field, CsvResultWriter.Field(text));

    [Theory]
    [InlineData(1, 1, 1, 8, null, "line 1, column 8")]
    [InlineData(3, 5, 1, 8, null, "line 3, column 12")]
    [InlineData(3, 5, 2, 4, null, "line 4, column 4")]
    [InlineData(3, 5, 1, 8, "q.cypher", "q.cypher:3:12")]
    public void Positions_move_from_the_statement_to_the_script(int line, int column, int errorLine, int errorColumn, string? source, string expected) =>
        Assert.Equal(expected, ErrorReporter.Where(new Statement("x", line, column), source, errorLine, errorColumn));
}
