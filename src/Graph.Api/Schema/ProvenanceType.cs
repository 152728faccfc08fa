using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>One mention of an entity in a record: how the loader matched it and the reference as the record wrote it.</summary>
public sealed class ProvenanceType : ObjectGraphType<RecordLinkView>
{
    public ProvenanceType()
    {
        Name = "Provenance";
        Description = "A record that mentions the entity, and which attributes tied the mention to it.";
        Field<NonNullGraphType<StringGraphType>>("recordKind").Resolve(ctx => ctx.Source.RecordKind);
        Field<NonNullGraphType<StringGraphType>>("recordNumber").Resolve(ctx => ctx.Source.RecordNumber);
        Field<NonNullGraphType<IdGraphType>>("recordId").Resolve(ctx => ctx.Api().Id(ctx.Source.RecordKey));
        Field<NonNullGraphType<StringGraphType>>("relationship").Resolve(ctx => ctx.Source.Relationship);
        Field<StringGraphType>("matched").Description("id, name+phone, name+address, name+id, name or new.").Resolve(ctx => ctx.Source.Matched);
        Field<StringGraphType>("source").Description("file:line of the row.").Resolve(ctx => ctx.Source.Source);
        Field<StringGraphType>("refName").Resolve(ctx => ctx.Source.RefName);
        Field<StringGraphType>("refId").Resolve(ctx => ctx.Api().Identifier(ctx.Source.RefId));
        Field<StringGraphType>("refPhone").Resolve(ctx => ctx.Api().Identifier(ctx.Source.RefPhone));
        Field<StringGraphType>("refAddress").Resolve(ctx => ctx.Source.RefAddress);
    }
}
