using Graph.Storage.Values;

namespace Graph.Loading.Mapping;

/// <summary>Properties for one mutation; the setters skip unknown (null) values so "missing" never overwrites.</summary>
public sealed class PropertyList : List<KeyValuePair<string, PropertyValue>>
{
    public PropertyList()
    {
    }

    /// <summary>Sized up front where the count is known, sparing the list its growth copies on hot paths.</summary>
    public PropertyList(int capacity)
        : base(capacity)
    {
    }

    public PropertyList Set(string name, string? value)
    {
        if (value is not null)
        {
            Add(new(name, PropertyValue.From(value)));
        }

        return this;
    }

    public PropertyList Set(string name, PropertyValue value)
    {
        if (!value.IsNull)
        {
            Add(new(name, value));
        }

        return this;
    }

    public PropertyList Set(string name, double? value) => value is { } v ? Set(name, PropertyValue.From(v)) : this;

    public PropertyList Set(string name, long? value) => value is { } v ? Set(name, PropertyValue.From(v)) : this;

    public PropertyList Set(string name, bool? value) => value is { } v ? Set(name, PropertyValue.From(v)) : this;

    public PropertyList Set(string name, DateOnly? value) => value is { } v ? Set(name, PropertyValue.From(v)) : this;

    /// <summary>Appends another list's properties; returns this list for chaining.</summary>
    public PropertyList With(PropertyList other)
    {
        AddRange(other);
        return this;
    }
}
