namespace Graph.Algorithms.Community;

/// <summary>Tuning for <see cref="LabelPropagation"/>.</summary>
public sealed record LabelPropagationOptions
{
    public static readonly LabelPropagationOptions Default = new();

    /// <summary>At most this many sweeps; label propagation usually settles in a handful.</summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>Seeds the visiting order and tie-breaking.</summary>
    public int Seed { get; init; } = 42;
}
