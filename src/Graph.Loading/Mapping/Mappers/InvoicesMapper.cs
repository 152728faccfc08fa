using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary><c>invoices</c> → Invoice, SELLER_IN and BUYER_IN from the two companies.</summary>
public sealed class InvoicesMapper : IRecordMapper
{
    private static readonly IReadOnlySet<string> CompanyFields = PartyFields.Of(["seller_", "buyer_"]);

    public RecordKind Kind => RecordKind.Invoices;

    public void CollectParties(RecordRow row, List<PartyRef> parties)
    {
        parties.AddIfPresent(Seller(row));
        parties.AddIfPresent(Buyer(row));
    }

    public void Map(RecordRow row, MappingContext context)
    {
        var key = RecordKeys.Of(GraphNames.Invoice, row.Get("invoice_no")!);
        RecordNodeWriter.Write(context, row, GraphNames.Invoice, key, CompanyFields);
        PartyEdges.Link(context, row, context.Party(row, Seller(row)), GraphNames.SellerIn, key);
        PartyEdges.Link(context, row, context.Party(row, Buyer(row)), GraphNames.BuyerIn, key);
    }

    private static PartyRef? Seller(RecordRow row) => row.GetParty("seller_", PartyKind.Company, readKind: false);

    private static PartyRef? Buyer(RecordRow row) => row.GetParty("buyer_", PartyKind.Company, readKind: false);
}
