using System.Globalization;
using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A record: case, bankruptcy, claim, award, auction, bid, invoice or insurance claim.</summary>
public sealed class RecordType : ObjectGraphType<RecordView>
{
    public RecordType()
    {
        Name = "Record";
        Description = "A court case, bankruptcy, claim, arbitration award, auction, bid, invoice or insurance claim.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Api().Id(ctx.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("kind").Description("case, bankruptcy, claim, award, auction, bid, invoice, insurance_claim.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("number").Description("Case number, claim number, invoice number...").Resolve(ctx => ctx.Source.Number);
        Field<StringGraphType>("date").Description("Main date (ISO): filing, acceptance, issue, accident, auction start.")
            .Resolve(ctx => ctx.Source.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<FloatGraphType>("amount").Description("Largest amount on the record, yuan.").Resolve(ctx => ctx.Source.Amount is { } a ? (double)a : null);
        Field<NonNullGraphType<JsonGraphType>>("properties").Resolve(ctx => ctx.Api().Properties(ctx.Source.Properties));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartyType>>>>("parties").Resolve(ctx =>
        {
            var api = ctx.Api();
            var node = api.Snapshot.Reader.FindNodeByKey(ctx.Source.Key);
            return node < 0 ? [] : api.Describer.Parties(node);
        });
    }
}
