namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// The TCK's side-effect counters. Labels count distinct label names coming into or going out of use in the
/// graph, properties count (entity, key, value) entries, as the TCK's own reference harness measures them.
/// </summary>
public sealed record TckSideEffects
{
    public static readonly TckSideEffects None = new();

    public int AddedNodes { get; init; }

    public int DeletedNodes { get; init; }

    public int AddedRelationships { get; init; }

    public int DeletedRelationships { get; init; }

    public int AddedLabels { get; init; }

    public int RemovedLabels { get; init; }

    public int AddedProperties { get; init; }

    public int RemovedProperties { get; init; }

    public static TckSideEffects Between(TckGraphSnapshot before, TckGraphSnapshot after) => new()
    {
        AddedNodes = CountMissing(after.Nodes, before.Nodes),
        DeletedNodes = CountMissing(before.Nodes, after.Nodes),
        AddedRelationships = CountMissing(after.Relationships, before.Relationships),
        DeletedRelationships = CountMissing(before.Relationships, after.Relationships),
        AddedLabels = CountMissing(after.Labels, before.Labels),
        RemovedLabels = CountMissing(before.Labels, after.Labels),
        AddedProperties = CountMissing(after.Properties, before.Properties),
        RemovedProperties = CountMissing(before.Properties, after.Properties),
    };

    public override string ToString()
    {
        var parts = new List<string>();
        Add(parts, "+nodes", AddedNodes);
        Add(parts, "-nodes", DeletedNodes);
        Add(parts, "+relationships", AddedRelationships);
        Add(parts, "-relationships", DeletedRelationships);
        Add(parts, "+labels", AddedLabels);
        Add(parts, "-labels", RemovedLabels);
        Add(parts, "+properties", AddedProperties);
        Add(parts, "-properties", RemovedProperties);
        return parts.Count == 0 ? "no side effects" : string.Join(", ", parts);
    }

    private static int CountMissing<T>(IReadOnlySet<T> items, IReadOnlySet<T> from) => items.Count(item => !from.Contains(item));

    private static void Add(List<string> parts, string key, int count)
    {
        if (count != 0)
        {
            parts.Add($"{key} {count}");
        }
    }
}
