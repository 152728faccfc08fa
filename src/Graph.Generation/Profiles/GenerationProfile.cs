using Graph.Generation.Output;

namespace Graph.Generation.Profiles;

/// <summary>
/// The distributions a dataset is drawn from. <see cref="Standard"/> is the generator the rules were written against;
/// <see cref="Shifted"/> stands in for another generator with other distributions (still inside what the domain notes
/// say real cases look like), so that screening figures can be checked for robustness rather than fit.
/// </summary>
public sealed record GenerationProfile
{
    public static readonly GenerationProfile Standard = new();

    public static readonly GenerationProfile Shifted = ShiftedProfile.Create();

    public static IReadOnlyList<string> Names { get; } = ["standard", "shifted"];

    public string Name { get; init; } = "standard";

    /// <summary>Chance that a ring shows each of its model's optional signals (at least two in all).</summary>
    public double OptionalSignalChance { get; init; } = 0.45;

    /// <summary>Days from filing to a ring's fast consensual closure (L4), in suits and insurance lawsuits alike.</summary>
    public IntRange FastClosureDays { get; init; } = new(1, 7);

    public RingCounts Rings { get; init; } = new();

    public LendingShapes Lending { get; init; } = new();

    public LaborShapes Labor { get; init; } = new();

    public AuctionShapes Auction { get; init; } = new();

    public VehicleShapes Vehicle { get; init; } = new();

    public OilShapes Oil { get; init; } = new();

    public LookAlikeMix LookAlikes { get; init; } = new();

    public NoiseRates Noise { get; init; } = new();

    public bool IsStandard => Name == Standard.Name;

    /// <summary>The profile of that name (case-insensitive), or null.</summary>
    public static GenerationProfile? Named(string name) =>
        string.Equals(name, Standard.Name, StringComparison.OrdinalIgnoreCase) ? Standard
        : string.Equals(name, Shifted.Name, StringComparison.OrdinalIgnoreCase) ? Shifted
        : null;
}
