using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>An identifier of an entity; resident ids and phones come partly masked to callers without the right to see them.</summary>
public sealed class IdentifierType : ObjectGraphType<IdentifierView>
{
    public IdentifierType()
    {
        Name = "Identifier";
        Description = "An identifier: id_number, uscc, invalid_id, phone or address.";
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(ctx => ctx.Source.Kind is "address" or "uscc" ? ctx.Source.Value : ctx.Api().Identifier(ctx.Source.Value));
    }
}
