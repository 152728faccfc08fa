namespace Graph.Rules;

/// <summary>The five supervision models a rule belongs to (domain notes: the national models this project follows).</summary>
public static class RuleModels
{
    public const string PrivateLending = "private_lending";
    public const string BankruptcyLabor = "bankruptcy_labor";
    public const string Auction = "auction";
    public const string VehicleInsurance = "vehicle_insurance";
    public const string OilInvoice = "oil_invoice";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        PrivateLending, BankruptcyLabor, Auction, VehicleInsurance, OilInvoice,
    };
}
