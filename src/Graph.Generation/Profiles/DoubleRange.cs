using Graph.Generation.Core;

namespace Graph.Generation.Profiles;

/// <summary>A fraction or factor drawn uniformly from [From, From + Width).</summary>
public readonly record struct DoubleRange(double From, double Width)
{
    /// <summary>One draw; a zero-width range consumes nothing from the stream, as a constant would.</summary>
    public double Draw(Rng rng) => Width == 0 ? From : From + rng.NextDouble() * Width;
}
