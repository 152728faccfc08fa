using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A person or company named by a hit.</summary>
public sealed class HitEntityType : ObjectGraphType<HitEntityView>
{
    public HitEntityType()
    {
        Name = "HitEntity";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Api().Id(ctx.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
        Field<StringGraphType>("identifier").Resolve(ctx => ctx.Source.Kind == "person" ? ctx.Api().Identifier(ctx.Source.Identifier) : ctx.Source.Identifier);
        Field<EntityInterface>("entity").Resolve(ctx => ctx.Api().Entities.Load(ctx.Source.Key));
    }
}
