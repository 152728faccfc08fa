namespace Graph.Generation.Entities;

/// <summary>What a company index range is for; the role fixes industry, age, size and status.</summary>
public enum CompanyRole
{
    Insurer,
    TaxBureau,
    Bank,
    Lender,
    RepairShop,
    OilTrader,
    Shell,
    BankruptDebtor,
    Ordinary,
}
