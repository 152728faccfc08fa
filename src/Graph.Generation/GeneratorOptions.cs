using Graph.Generation.Profiles;

namespace Graph.Generation;

/// <summary>What to generate: scale 1 ≈ 20,000 cases (fractions allowed), same (scale, seed) → same bytes.</summary>
public sealed record GeneratorOptions
{
    public double Scale { get; init; } = 1.0;

    public int Seed { get; init; } = 1;

    public required string OutputDirectory { get; init; }

    public OutputFormat Format { get; init; } = OutputFormat.Csv;

    /// <summary>The distributions drawn from; <see cref="GenerationProfile.Standard"/> keeps every seed's bytes as they were.</summary>
    public GenerationProfile Profile { get; init; } = GenerationProfile.Standard;

    /// <summary>The ground truth sits beside the folder, never inside it, so loading the folder cannot ingest the answers.</summary>
    public string TruthPath => Path.TrimEndingDirectorySeparator(Path.GetFullPath(OutputDirectory)) + ".truth.json";

    public string ReferencesPath => Path.TrimEndingDirectorySeparator(Path.GetFullPath(OutputDirectory)) + ".references.csv";
}
