using Graph.Generation.Core;

namespace Graph.Generation.Profiles;

/// <summary>Whole numbers from Min to Max inclusive, drawn uniformly.</summary>
public readonly record struct IntRange(int Min, int Max)
{
    /// <summary>One draw; a single-value range consumes nothing from the stream, as a constant would.</summary>
    public int Draw(Rng rng) => Min + rng.Next(Max - Min + 1);

    /// <summary>Min plus a whole number of steps: amounts quoted in round units.</summary>
    public decimal DrawSteps(Rng rng, decimal step) => Min + rng.Next((Max - Min) / (int)step + 1) * step;
}
