using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Values;

public class TckValueParserTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-42", -42L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Integers_are_read_as_64_bit_integers(string cell, long expected) =>
        Assert.Equal(expected, Assert.IsType<TckInteger>(TckValue.Parse(cell)).Value);

    [Theory]
    [InlineData("1.0", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("-0.5", -0.5)]
    [InlineData("1e-305", 1e-305)]
    [InlineData("-1.2635418652381264e305", -1.2635418652381264e305)]
    [InlineData("1.23456789e308", 1.23456789e308)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void Floats_are_read_in_every_form_the_TCK_writes(string cell, double expected) =>
        Assert.Equal(expected, Assert.IsType<TckFloat>(TckValue.Parse(cell)).Value);

    [Fact]
    public void NaN_is_a_float() => Assert.True(double.IsNaN(Assert.IsType<TckFloat>(TckValue.Parse("NaN")).Value));

    [Fact]
    public void An_integer_too_large_for_64_bits_is_refused() =>
        Assert.Throws<TckValueParseException>(() => TckValue.Parse("9223372036854775808"));

    [Theory]
    [InlineData("''", "")]
    [InlineData("'abc'", "abc")]
    [InlineData(@"'\''", "'")]
    [InlineData(@"'a\\b'", @"a\b")]
    [InlineData(@"'a\\bcn5t\'""\\//\\""\''", @"a\bcn5t'""\//\""'")]
    [InlineData("'2015-07-21T21:40:32.142+01:00'", "2015-07-21T21:40:32.142+01:00")]
    [InlineData("'line\nbreak'", "line\nbreak")]
    public void Strings_undo_quote_and_backslash_escapes(string cell, string expected) =>
        Assert.Equal(expected, Assert.IsType<TckString>(TckValue.Parse(cell)).Value);

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Booleans_are_read(string cell, bool expected) => Assert.Equal(expected, Assert.IsType<TckBoolean>(TckValue.Parse(cell)).Value);

    [Fact]
    public void Null_is_read() => Assert.IsType<TckNull>(TckValue.Parse("null"));

    [Fact]
    public void Lists_nest_and_may_be_empty()
    {
        var list = Assert.IsType<TckList>(TckValue.Parse("[1, [], ['a', null], [2.5]]"));
        Assert.Equal(4, list.Items.Count);
        Assert.Empty(Assert.IsType<TckList>(list.Items[1]).Items);
        Assert.Equal("[1, [], ['a', null], [2.5]]", list.ToString());
    }

    [Fact]
    public void Maps_accept_plain_and_backticked_keys()
    {
        var map = Assert.IsType<TckMap>(TckValue.Parse("{name: 'x', `odd key`: 1, nested: {a: []}}"));
        Assert.Equal(["name", "odd key", "nested"], map.Entries.Select(entry => entry.Key));
        Assert.Equal("{name: 'x', `odd key`: 1, nested: {a: []}}", map.ToString());
    }

    [Fact]
    public void Empty_map_is_read() => Assert.Empty(Assert.IsType<TckMap>(TckValue.Parse("{}")).Entries);

    [Fact]
    public void Nodes_carry_labels_and_properties()
    {
        var node = Assert.IsType<TckNode>(TckValue.Parse("(:A:B {name: 'a', num: 1})"));
        Assert.Equal(["A", "B"], node.Labels);
        Assert.Equal(2, node.Properties.Entries.Count);
        Assert.Empty(Assert.IsType<TckNode>(TckValue.Parse("()")).Labels);
        Assert.Single(Assert.IsType<TckNode>(TckValue.Parse("({name: 'x'})")).Properties.Entries);
    }

    [Fact]
    public void Relationships_carry_type_and_properties()
    {
        var relationship = Assert.IsType<TckRelationship>(TckValue.Parse("[:KNOWS {since: 2001}]"));
        Assert.Equal("KNOWS", relationship.Type);
        Assert.Single(relationship.Properties.Entries);
        Assert.Equal("T", Assert.IsType<TckRelationship>(TckValue.Parse("[:T]")).Type);
    }

    [Fact]
    public void Paths_keep_direction_of_every_hop()
    {
        var path = Assert.IsType<TckPath>(TckValue.Parse("<(:A)-[:T]->(:B)<-[:S {p: 1}]-()>"));
        Assert.Equal(["A"], path.Start.Labels);
        Assert.Equal([true, false], path.Segments.Select(segment => segment.PointsForward));
        Assert.Equal("S", path.Segments[1].Relationship.Type);
        Assert.Equal("<(:A)-[:T]->(:B)<-[:S {p: 1}]-()>", path.ToString());
        Assert.Empty(Assert.IsType<TckPath>(TckValue.Parse("<()>")).Segments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("'unterminated")]
    [InlineData("[1, 2")]
    [InlineData("{a 1}")]
    [InlineData("1 2")]
    [InlineData("<(:A)-[:T]-(:B)>")]
    [InlineData("-")]
    public void Junk_is_refused_with_the_cell_in_the_message(string cell)
    {
        var error = Assert.Throws<TckValueParseException>(() => TckValue.Parse(cell));
        Assert.Contains($"«{cell}»", error.Message, StringComparison.Ordinal);
    }
}
