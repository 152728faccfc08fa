namespace Graph.Generation.Output;

/// <summary>How dirty the export is. Rates are per row or per reference.</summary>
public sealed record NoiseRates
{
    public double DuplicateRow { get; init; } = 0.004;
    public double MalformedRow { get; init; } = 0.0015;
    public double PersonIdMissing { get; init; } = 0.06;
    public double CompanyIdMissing { get; init; } = 0.03;
    public double IdMistyped { get; init; } = 0.012;
    public double IdFullWidth { get; init; } = 0.003;
    public double NameVariant { get; init; } = 0.03;
    public double PhoneShown { get; init; } = 0.6;
    public double AddressShown { get; init; } = 0.5;
}
