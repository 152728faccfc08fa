namespace Graph.Algorithms.Projection;

/// <summary>
/// Which part of a stored graph an algorithm sees. Null or empty label/type lists mean "all";
/// a node is kept when it has any of the labels, a relationship when it has any of the types
/// and both its ends are kept. Unknown names match nothing (they are not an error: a label may
/// simply not be loaded yet).
/// </summary>
public sealed record ProjectionOptions
{
    public static readonly ProjectionOptions Default = new();

    public IReadOnlyList<string>? Labels { get; init; }

    public IReadOnlyList<string>? RelationshipTypes { get; init; }

    public Orientation Orientation { get; init; } = Orientation.Natural;

    /// <summary>A numeric relationship property read as the edge weight; null for unweighted (every weight is <see cref="DefaultWeight"/>).</summary>
    public string? WeightProperty { get; init; }

    /// <summary>The weight of an edge whose weight property is missing or not numeric.</summary>
    public double DefaultWeight { get; init; } = 1.0;
}
