using Graph.Generation.Core;
using Graph.Generation.Entities;

namespace Graph.Generation.Output;

/// <summary>One record being built: values by column, the entities it names, and the noise applied to it.</summary>
public sealed class Row(FileSchema schema)
{
    private List<(string Prefix, Entity Entity)>? _references;
    private List<string>? _noise;

    public FileSchema Schema => schema;

    public string?[] Values { get; } = new string?[schema.Columns.Count];

    public IReadOnlyList<(string Prefix, Entity Entity)> References => _references ?? [];

    public IReadOnlyList<string> Noise => _noise ?? [];

    public string? this[string column] => Values[schema.IndexOf(column)];

    public Row Set(string column, string? value)
    {
        Values[schema.IndexOf(column)] = value;
        return this;
    }

    public Row Set(string column, decimal value) => Set(column, Dates.Money(value));

    public Row Set(string column, long value) => Set(column, Dates.Number(value));

    public Row Set(string column, DateOnly? value) => Set(column, Dates.Iso(value));

    public Row Set(string column, bool value) => Set(column, value ? "true" : "false");

    public void AddReference(string prefix, Entity entity) => (_references ??= []).Add((prefix, entity));

    public void AddNoise(string tag) => (_noise ??= []).Add(tag);
}
