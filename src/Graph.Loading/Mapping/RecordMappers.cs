using Graph.Loading.Mapping.Mappers;
using Graph.Records.Rows;

namespace Graph.Loading.Mapping;

/// <summary>The mapper of every record kind.</summary>
public static class RecordMappers
{
    private static readonly Dictionary<RecordKind, IRecordMapper> ByKind = new IRecordMapper[]
    {
        new CompaniesMapper(), new PersonsMapper(), new CompanyPeopleMapper(), new RelationsMapper(),
        new CasesMapper(), new CasePartiesMapper(), new BankruptciesMapper(), new ClaimsMapper(),
        new ArbitrationsMapper(), new AuctionsMapper(), new BidsMapper(), new InvoicesMapper(), new InsuranceClaimsMapper(),
    }.ToDictionary(m => m.Kind);

    public static IRecordMapper For(RecordKind kind) => ByKind[kind];
}
