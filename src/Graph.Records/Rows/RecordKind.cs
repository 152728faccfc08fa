namespace Graph.Records.Rows;

/// <summary>The files of docs/records.md; the file name (without extension) is the kind's name in snake_case.</summary>
public enum RecordKind
{
    Companies,
    CompanyPeople,
    Persons,
    Relations,
    Cases,
    CaseParties,
    Bankruptcies,
    Claims,
    Arbitrations,
    Auctions,
    Bids,
    Invoices,
    InsuranceClaims,
}
