using Graph.Storage.Values;

namespace Graph.Storage.Tests.Values;

public sealed class PropertyValueTests
{
    private static PropertyValue Mixed() => PropertyValue.ListOf([
        PropertyValue.From(1L),
        PropertyValue.From("a"),
        PropertyValue.Null,
        PropertyValue.ListOf([PropertyValue.From(2.5), PropertyValue.ListOf([])]),
        PropertyValue.Temporal(3, "P1Y2M3DT4H"),
    ]);

    [Fact]
    public void Lists_built_apart_are_equal_item_by_item_and_hash_alike()
    {
        PropertyValue first = Mixed(), second = Mixed();

        Assert.Equal(PropertyKind.List, first.Kind);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(PropertyValue.ListOf([]), PropertyValue.ListOf(new List<PropertyValue>()));
        Assert.Equal(5, first.AsList.Count);
        Assert.True(first.AsList[2].IsNull);
    }

    [Fact]
    public void Lists_differing_anywhere_are_unequal()
    {
        PropertyValue list = Mixed();

        Assert.NotEqual(list, PropertyValue.ListOf([.. list.AsList.Take(4)]));
        Assert.NotEqual(list, PropertyValue.ListOf([.. list.AsList.Take(4), PropertyValue.Temporal(4, "P1Y2M3DT4H")]));
        Assert.NotEqual(PropertyValue.ListOf([PropertyValue.From(1L)]), PropertyValue.ListOf([PropertyValue.From(1.0)]));
        Assert.NotEqual(PropertyValue.ListOf([PropertyValue.ListOf([PropertyValue.Null])]), PropertyValue.ListOf([PropertyValue.ListOf([])]));
        Assert.NotEqual(PropertyValue.ListOf([PropertyValue.From("a")]), PropertyValue.From(["a"]));
        Assert.NotEqual(PropertyValue.ListOf([PropertyValue.From("a")]).GetHashCode(), PropertyValue.ListOf([PropertyValue.From("b")]).GetHashCode());
    }

    [Fact]
    public void Temporals_are_equal_when_sub_kind_and_text_are()
    {
        PropertyValue time = PropertyValue.Temporal(1, "12:31:14.645876123+01:00");

        Assert.Equal(PropertyKind.Temporal, time.Kind);
        Assert.Equal(1, time.TemporalKind);
        Assert.Equal("12:31:14.645876123+01:00", time.TemporalText);
        Assert.Equal(time, PropertyValue.Temporal(1, new string("12:31:14.645876123+01:00".AsSpan())));
        Assert.Equal(time.GetHashCode(), PropertyValue.Temporal(1, "12:31:14.645876123+01:00").GetHashCode());
        Assert.NotEqual(time, PropertyValue.Temporal(2, "12:31:14.645876123+01:00"));
        Assert.NotEqual(time, PropertyValue.Temporal(1, "12:31:14.645876123+02:00"));
        Assert.NotEqual(PropertyValue.Temporal(1, "P1D"), PropertyValue.Temporal(1, "p1d"));
        Assert.NotEqual(time, PropertyValue.From("12:31:14.645876123+01:00"));
    }

    [Fact]
    public void Null_inputs_follow_the_other_factories()
    {
        Assert.True(PropertyValue.ListOf(null).IsNull);
        Assert.Throws<ArgumentNullException>(() => PropertyValue.Temporal(1, null!));
    }

    [Fact]
    public void Text_forms_show_items_and_the_canonical_temporal_text()
    {
        Assert.Equal("[1, a, null, [2.5, []], P1Y2M3DT4H]", Mixed().ToString());
        Assert.Equal("2015-07-21T21:40:32.142+01:00[Europe/London]", PropertyValue.Temporal(5, "2015-07-21T21:40:32.142+01:00[Europe/London]").ToString());
    }
}
