using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A member of a ring; the full entity comes through the request's batch loader.</summary>
public sealed class RingMemberType : ObjectGraphType<RingMemberView>
{
    public RingMemberType()
    {
        Name = "RingMember";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Api().Id(ctx.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("kind").Description("person or company.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<StringGraphType>("identifier").Description("Resident id or USCC (resident ids masked for roles without the right to see them).")
            .Resolve(ctx => ctx.Source.Kind == "person" ? ctx.Api().Identifier(ctx.Source.Identifier) : ctx.Source.Identifier);
        Field<NonNullGraphType<IntGraphType>>("hits").Description("Pieces of evidence that name this member.").Resolve(ctx => ctx.Source.Hits);
        Field<EntityInterface>("entity").Description("The entity as the store holds it now (batched per request).").Resolve(ctx => ctx.Api().Entities.Load(ctx.Source.Key));
    }
}
