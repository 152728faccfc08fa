namespace Graph.Generation.Profiles;

/// <summary>Oil-invoice rings: suppliers, buyers, months of trade, lot sizes and how the lots are resold.</summary>
public sealed record OilShapes
{
    public IntRange Suppliers { get; init; } = new(1, 2);

    public IntRange Buyers { get; init; } = new(2, 7);

    public IntRange Months { get; init; } = new(3, 12);

    public DoubleRange LotTonnes { get; init; } = new(80, 400);

    public IntRange SalesPerLot { get; init; } = new(2, 5);

    public IntRange SaleDelayDays { get; init; } = new(5, 24);

    /// <summary>Fuel invoiced out of a lot as a share of the feedstock bought (losses, blending, stock).</summary>
    public DoubleRange ResoldShare { get; init; } = new(1.0, 0);
}
