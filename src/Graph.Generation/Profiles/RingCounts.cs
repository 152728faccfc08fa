namespace Graph.Generation.Profiles;

/// <summary>Planted rings per model per unit of scale (each at least 3).</summary>
public sealed record RingCounts
{
    public double PrivateLending { get; init; } = 20;

    public double BankruptcyLabor { get; init; } = 20;

    public double Auction { get; init; } = 20;

    public double VehicleInsurance { get; init; } = 20;

    public double OilInvoice { get; init; } = 20;
}
