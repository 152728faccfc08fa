using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>One match of a rule.</summary>
public sealed class RuleHitType : ObjectGraphType<HitView>
{
    public RuleHitType()
    {
        Name = "RuleHit";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable for the same match.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("ruleId").Resolve(ctx => ctx.Source.RuleId);
        Field<NonNullGraphType<StringGraphType>>("model").Resolve(ctx => ctx.Source.Model);
        Field<NonNullGraphType<FloatGraphType>>("weight").Resolve(ctx => ctx.Source.Weight);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The rule's explanation filled with the match's facts.").Resolve(ctx => ctx.Api().Text(ctx.Source.Text));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HitEntityType>>>>("entities").Resolve(ctx => ctx.Source.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HitRecordType>>>>("records").Resolve(ctx => ctx.Source.Records);
    }
}
