using Graph.Cli.Query;

namespace Graph.Cli.Tests.Query;

public sealed class StatementSplitterTests
{
    [Fact]
    public void Semicolons_in_strings_names_and_comments_do_not_split()
    {
        var script = "RETURN 'a;b' AS `x;y`; // c;d\nRETURN \"e\\\";f\" /* g;h */ AS z;";

        var statements = StatementSplitter.Split(script);

        Assert.Equal(["RETURN 'a;b' AS `x;y`", "// c;d\nRETURN \"e\\\";f\" /* g;h */ AS z"], statements.Select(s => s.Text));
    }

    [Fact]
    public void Each_statement_knows_where_it_starts()
    {
        var statements = StatementSplitter.Split("RETURN 1;  RETURN 2;\n\n   MATCH (n)\nRETURN n");

        Assert.Equal([(1, 1), (1, 12), (3, 4)], statements.Select(s => (s.Line, s.Column)));
        Assert.Equal("MATCH (n)\nRETURN n", statements[2].Text);
    }

    [Fact]
    public void Empty_statements_and_comment_only_ones_are_dropped() =>
        Assert.Single(StatementSplitter.Split(";;\n// nothing;\n/* nor; this */;RETURN 1;\n  "));

    [Theory]
    [InlineData("RETURN 1;", true)]
    [InlineData("RETURN 1;  \n", true)]
    [InlineData("RETURN 1", false)]
    [InlineData("RETURN ';'", false)]
    [InlineData("RETURN 1; RETURN 2", false)]
    [InlineData("RETURN 1 // ;", false)]
    public void A_statement_ends_at_a_trailing_semicolon_in_code(string text, bool ends) =>
        Assert.Equal(ends, StatementSplitter.EndsStatement(text));
}
