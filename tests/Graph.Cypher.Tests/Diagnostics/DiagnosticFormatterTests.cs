using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Diagnostics;

public sealed class DiagnosticFormatterTests
{
    [Fact]
    public void Formatted_diagnostic_shows_location_code_source_line_and_carets()
    {
        var tree = SyntaxTree.Parse("MATCH (n)\nRETURN n.name,\n       0x1G AS x");

        var formatted = DiagnosticFormatter.Format(Assert.Single(tree.Diagnostics));

        Assert.Equal(
            """
            query:3:8: error CYP109: Invalid number literal '0x1G'.
                   0x1G AS x
                   ^^^^
            """.ReplaceLineEndings("\n"),
            formatted);
    }

    [Fact]
    public void Caret_at_the_end_of_input_points_past_the_last_character()
    {
        var tree = SyntaxTree.Parse("RETURN 1 +", "rules/x.cypher");

        var formatted = DiagnosticFormatter.Format(Assert.Single(tree.Diagnostics));

        Assert.Equal("rules/x.cypher:1:11: error CYP102: Expected an expression, found end of input.\nRETURN 1 +\n          ^", formatted);
    }

    [Fact]
    public void Tabs_are_kept_so_the_caret_lines_up()
    {
        var tree = SyntaxTree.Parse("MATCH (n)\n\tRETURN #");

        var caretLine = DiagnosticFormatter.Format(Assert.Single(tree.Diagnostics)).Split('\n')[2];

        Assert.Equal("\t       ^", caretLine);
    }

    [Fact]
    public void Diagnostics_expose_code_index_line_and_column()
    {
        var diagnostic = Assert.Single(SyntaxTree.Parse("RETURN\r\n  9223372036854775808").Diagnostics);

        Assert.Equal(DiagnosticCodes.IntegerOverflow, diagnostic.Code);
        Assert.Equal(10, diagnostic.Index);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(3, diagnostic.Column);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }
}
