namespace Graph.Generation.Profiles;

/// <summary>Vehicle-insurance rings: crew size, cars, repeat accidents and how often claims go to court.</summary>
public sealed record VehicleShapes
{
    public IntRange People { get; init; } = new(2, 10);

    public IntRange Cars { get; init; } = new(2, 8);

    public IntRange RepeatAccidents { get; init; } = new(2, 4);

    public int AccidentSpanDays { get; init; } = 700;

    /// <summary>Share of claims taken to court with I1 or L4, and without.</summary>
    public double SueShareShown { get; init; } = 0.75;

    public double SueShareOther { get; init; } = 0.3;

    /// <summary>Share of the ring's claims whose driver gives the shop's phone (L2).</summary>
    public double ShopPhoneShare { get; init; } = 1.0;
}
