using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Values;

public class TckValueMatcherTests
{
    private static bool Matches(string expected, string actual, bool ignoreListOrder = false) =>
        TckValueMatcher.Matches(TckValue.Parse(expected), TckValue.Parse(actual), ignoreListOrder);

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.0", "1.0")]
    [InlineData("NaN", "NaN")]
    [InlineData("-Infinity", "-Infinity")]
    [InlineData("0.0", "-0.0")]
    [InlineData("'a'", "'a'")]
    [InlineData("null", "null")]
    [InlineData("{a: 1, b: 2}", "{b: 2, a: 1}")]
    public void Equal_values_match(string expected, string actual) => Assert.True(Matches(expected, actual));

    [Theory]
    [InlineData("1", "1.0")]
    [InlineData("1.0", "1")]
    [InlineData("NaN", "1.0")]
    [InlineData("Infinity", "-Infinity")]
    [InlineData("'1'", "1")]
    [InlineData("null", "'null'")]
    [InlineData("{a: 1}", "{a: 1, b: 2}")]
    [InlineData("{a: null}", "{}")]
    [InlineData("[1, 2]", "[2, 1]")]
    [InlineData("[1, 2]", "[1, 2, 2]")]
    public void Different_values_do_not_match(string expected, string actual) => Assert.False(Matches(expected, actual));

    [Fact]
    public void Floats_forgive_last_place_rounding_but_nothing_visible()
    {
        Assert.True(TckValueMatcher.FloatsMatch(0.3, 0.1 + 0.2));
        Assert.True(TckValueMatcher.FloatsMatch(3985764.3405892686, 3985764.340589269));
        Assert.False(TckValueMatcher.FloatsMatch(30.94856, 30.94857));
        Assert.False(TckValueMatcher.FloatsMatch(1e-305, 2e-305));
    }

    [Fact]
    public void Lists_ignore_order_only_when_asked_and_then_at_every_depth()
    {
        Assert.False(Matches("[[1, 2], [3]]", "[[3], [2, 1]]"));
        Assert.True(Matches("[[1, 2], [3]]", "[[3], [2, 1]]", ignoreListOrder: true));
        Assert.False(Matches("[1, 1, 2]", "[1, 2, 2]", ignoreListOrder: true));
    }

    [Fact]
    public void Nodes_match_by_label_set_and_properties_never_identity()
    {
        Assert.True(Matches("(:A:B {p: 1})", "(:B:A {p: 1})"));
        Assert.False(Matches("(:A)", "(:A:B)"));
        Assert.False(Matches("(:A {p: 1})", "(:A {p: 2})"));
        Assert.False(Matches("(:A)", "(:A {p: 1})"));
        Assert.True(Matches("()", "()"));
    }

    [Fact]
    public void Relationships_match_by_type_and_properties()
    {
        Assert.True(Matches("[:T {p: [1, 2]}]", "[:T {p: [1, 2]}]"));
        Assert.False(Matches("[:T]", "[:S]"));
        Assert.False(Matches("[:T]", "[:T {p: 1}]"));
    }

    [Fact]
    public void Paths_match_hop_by_hop_including_direction()
    {
        Assert.True(Matches("<(:A)-[:T]->(:B)>", "<(:A)-[:T]->(:B)>"));
        Assert.False(Matches("<(:A)-[:T]->(:B)>", "<(:A)<-[:T]-(:B)>"));
        Assert.False(Matches("<(:A)-[:T]->(:B)>", "<(:B)<-[:T]-(:A)>"));
        Assert.False(Matches("<(:A)-[:T]->(:B)>", "<(:A)>"));
    }

    [Fact]
    public void Graph_elements_never_match_other_kinds()
    {
        Assert.False(Matches("(:A)", "[:A]"));
        Assert.False(Matches("<()>", "()"));
        Assert.False(Matches("{}", "()"));
    }
}
