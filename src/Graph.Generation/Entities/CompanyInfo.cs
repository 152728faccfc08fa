using Graph.Generation.Vocabulary;

namespace Graph.Generation.Entities;

public sealed record CompanyInfo(
    int Index,
    CompanyRole Role,
    string Name,
    string Uscc,
    int LegalRep,
    string Address,
    string Phone,
    DateOnly EstablishedOn,
    string Status,
    int Employees,
    string Industry,
    Region Region);
