using Graph.Rings.Finding;
using Graph.Rings.Scoring;
using Graph.Rings.Suspicion;

namespace Graph.Rings;

/// <summary>Every knob of ring detection in one place, defaults as calibrated.</summary>
public sealed record RingOptions
{
    public static readonly RingOptions Default = new();

    public SuspicionOptions Suspicion { get; init; } = SuspicionOptions.Default;

    public RingFinderOptions Finder { get; init; } = RingFinderOptions.Default;

    public ScoringOptions Scoring { get; init; } = ScoringOptions.Default;
}
