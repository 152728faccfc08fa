using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>One rule hit inside a ring, as a sentence an investigator can check against the records it cites.</summary>
public sealed class EvidenceType : ObjectGraphType<RingEvidenceView>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Field<NonNullGraphType<StringGraphType>>("rule").Resolve(ctx => ctx.Source.Rule);
        Field<NonNullGraphType<StringGraphType>>("model").Resolve(ctx => ctx.Source.Model);
        Field<NonNullGraphType<FloatGraphType>>("weight").Resolve(ctx => ctx.Source.Weight);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(ctx => ctx.Api().Text(ctx.Source.Text));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("records").Description("Numbers of the records cited.").Resolve(ctx => ctx.Source.Records);
    }
}
