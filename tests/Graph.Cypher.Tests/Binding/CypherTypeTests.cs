using Graph.Cypher.Binding;

namespace Graph.Cypher.Tests.Binding;

public sealed class CypherTypeTests
{
    [Fact]
    public void Any_and_null_fit_everywhere()
    {
        Assert.True(CypherType.Any.CouldBe(CypherType.Node));
        Assert.True(CypherType.Null.CouldBe(CypherType.Boolean));
        Assert.True(CypherType.String.CouldBe(CypherType.Any));
    }

    [Fact]
    public void Numbers_and_maps_relate_to_their_subtypes()
    {
        Assert.True(CypherType.Number.CouldBe(CypherType.Integer));
        Assert.True(CypherType.Float.CouldBe(CypherType.Number));
        Assert.True(CypherType.Node.CouldBe(CypherType.Map));
        Assert.False(CypherType.Map.CouldBe(CypherType.Node));
        Assert.False(CypherType.String.CouldBe(CypherType.Integer));
    }

    [Fact]
    public void Property_values_are_never_graph_elements()
    {
        Assert.False(CypherType.Property.CouldBe(CypherType.Node));
        Assert.True(CypherType.Property.CouldBe(CypherType.ListOf(CypherType.Integer)));
        Assert.True(CypherType.Property.CouldBe(CypherType.Date));
    }

    [Fact]
    public void Join_finds_the_least_common_type()
    {
        Assert.Equal(CypherType.Number, CypherType.Integer.Join(CypherType.Float));
        Assert.Equal(CypherType.String, CypherType.Null.Join(CypherType.String));
        Assert.Equal(CypherType.ListOf(CypherType.Any), CypherType.ListOf(CypherType.String).Join(CypherType.ListOf(CypherType.Node)));
        Assert.Equal(CypherType.Any, CypherType.String.Join(CypherType.Integer));
        Assert.Equal("List<Integer>", CypherType.ListOf(CypherType.Integer).ToString());
    }
}
