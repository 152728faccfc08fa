using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>CASE, BANKRUPTCY, CLAIM, AWARD, AUCTION, BID, INVOICE, INSURANCE_CLAIM.</summary>
public sealed class RecordKindType : EnumerationGraphType<RecordKind>
{
    public RecordKindType()
    {
        Name = "RecordKind";
        Description = "A kind of record (graph model label).";
    }
}
