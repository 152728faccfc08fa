using Graph.Cypher.Text;

namespace Graph.Cypher.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("a", 1)]
    [InlineData("a\n", 2)]
    [InlineData("a\r\nb", 2)]
    [InlineData("a\rb\nc", 3)]
    public void Lines_are_split_on_every_kind_of_line_break(string text, int lineCount) =>
        Assert.Equal(lineCount, SourceText.From(text).Lines.Count);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(6, 1)]
    [InlineData(7, 2)]
    [InlineData(8, 2)]
    public void Line_index_is_found_for_every_offset(int position, int line) =>
        Assert.Equal(line, SourceText.From("ab\r\ncd\nx").GetLineIndex(position));

    [Fact]
    public void Location_reports_one_based_line_and_column()
    {
        var text = SourceText.From("MATCH (n)\nRETURN n", "rules/q.cypher");

        var location = new TextLocation(text, new TextSpan(17, 1));

        Assert.Equal(2, location.Line);
        Assert.Equal(8, location.Column);
        Assert.Equal("rules/q.cypher:2:8", location.ToString());
    }

    [Fact]
    public void Span_from_bounds_never_has_a_negative_length() =>
        Assert.Equal(0, TextSpan.FromBounds(5, 3).Length);
}
