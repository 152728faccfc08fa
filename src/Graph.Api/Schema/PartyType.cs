using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A person or company joined to a record.</summary>
public sealed class PartyType : ObjectGraphType<RecordLinkView>
{
    public PartyType()
    {
        Name = "Party";
        Field<NonNullGraphType<EntityInterface>>("entity").Resolve(ctx => ctx.Api().Entities.Load(ctx.Source.EntityKey));
        Field<NonNullGraphType<StringGraphType>>("relationship").Resolve(ctx => ctx.Source.Relationship);
        Field<StringGraphType>("role").Resolve(ctx => ctx.Source.Role);
        Field<StringGraphType>("side").Resolve(ctx => ctx.Source.Side);
        Field<StringGraphType>("matched").Resolve(ctx => ctx.Source.Matched);
    }
}
