using Graph.Generation.Profiles;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Entities;

/// <summary>
/// Index ranges per role, all linear in scale. Roles live in ranges (not in per-entity state)
/// so any code can ask what an index is without memory proportional to the population.
/// </summary>
public sealed class PopulationLayout
{
    private readonly int _hubLawyerPercent;

    public PopulationLayout(double scale, LookAlikeMix? lookAlikes = null)
    {
        lookAlikes ??= new LookAlikeMix();
        PersonCount = Scaled(40_000, scale, 600);
        LawFirmCount = Scaled(90, scale, 6);
        HubFirmCount = Scaled(lookAlikes.HubFirms, scale, 2);
        LawyerCount = Scaled(1_200, scale, 40);
        CompoundCount = Scaled(lookAlikes.Compounds, scale, 2);
        CompoundHouseholdShare = lookAlikes.CompoundHouseholdShare;
        _hubLawyerPercent = lookAlikes.HubLawyerPercent;

        var start = 0;
        InsurerStart = start;
        start += Institutions.Insurers.Length;
        TaxStart = start;
        start += Regions.All.Length;
        BankStart = start;
        start += Scaled(12, scale, 3);
        LenderStart = start;
        start += Scaled(8, scale, 2);
        RepairStart = start;
        start += Scaled(80, scale, 8);
        OilStart = start;
        start += Scaled(200, scale, 20);
        ShellStart = start;
        start += Scaled(160, scale, 12);
        DebtorStart = start;
        start += Scaled(100, scale, 6);
        OrdinaryStart = start;
        CompanyCount = Math.Max(start + 200, Scaled(8_000, scale, 300));
    }

    public int PersonCount { get; }
    public int LawFirmCount { get; }
    public int HubFirmCount { get; }
    public int LawyerCount { get; }
    public int CompoundCount { get; }

    /// <summary>Share of households registered at a big compound's address.</summary>
    public double CompoundHouseholdShare { get; }
    public int CompanyCount { get; }
    public int InsurerStart { get; }
    public int TaxStart { get; }
    public int BankStart { get; }
    public int LenderStart { get; }
    public int RepairStart { get; }
    public int OilStart { get; }
    public int ShellStart { get; }
    public int DebtorStart { get; }
    public int OrdinaryStart { get; }

    public int ResidentStart => LawyerCount;

    public static int Scaled(double perUnit, double scale, int minimum) => Math.Max(minimum, (int)Math.Round(perUnit * scale));

    public CompanyRole RoleOf(int company) => company switch
    {
        _ when company < TaxStart => CompanyRole.Insurer,
        _ when company < BankStart => CompanyRole.TaxBureau,
        _ when company < LenderStart => CompanyRole.Bank,
        _ when company < RepairStart => CompanyRole.Lender,
        _ when company < OilStart => CompanyRole.RepairShop,
        _ when company < ShellStart => CompanyRole.OilTrader,
        _ when company < DebtorStart => CompanyRole.Shell,
        _ when company < OrdinaryStart => CompanyRole.BankruptDebtor,
        _ => CompanyRole.Ordinary,
    };

    public (int Start, int End) RangeOf(CompanyRole role) => role switch
    {
        CompanyRole.Insurer => (InsurerStart, TaxStart),
        CompanyRole.TaxBureau => (TaxStart, BankStart),
        CompanyRole.Bank => (BankStart, LenderStart),
        CompanyRole.Lender => (LenderStart, RepairStart),
        CompanyRole.RepairShop => (RepairStart, OilStart),
        CompanyRole.OilTrader => (OilStart, ShellStart),
        CompanyRole.Shell => (ShellStart, DebtorStart),
        CompanyRole.BankruptDebtor => (DebtorStart, OrdinaryStart),
        _ => (OrdinaryStart, CompanyCount),
    };

    /// <summary>Lawyers working at hub firms (40% in the standard profile), so each hub has hundreds of clients.</summary>
    public int HubLawyerCount => LawyerCount * _hubLawyerPercent / 100;

    public int FirmOfLawyer(int lawyer)
    {
        var hubLawyers = HubLawyerCount;
        return lawyer < hubLawyers ? lawyer % HubFirmCount : HubFirmCount + (lawyer % (LawFirmCount - HubFirmCount));
    }
}
