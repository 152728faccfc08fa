using System.Globalization;
using Graph.Api.Audit;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>One audit log entry.</summary>
public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Field<NonNullGraphType<StringGraphType>>("at").Description("ISO 8601, UTC.").Resolve(ctx => ctx.Source.At.ToString("O", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("principal").Resolve(ctx => ctx.Source.Principal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(ctx => ctx.Source.Roles);
        Field<NonNullGraphType<StringGraphType>>("action").Description("ENTITY_VIEWED, RING_VIEWED, NEIGHBORHOOD_VIEWED, PATHS_VIEWED, RECORD_VIEWED, CYPHER_RUN, RULES_RUN, RING_STATUS_SET.").Resolve(ctx => ctx.Source.Action);
        Field<NonNullGraphType<StringGraphType>>("targetKind").Resolve(ctx => ctx.Source.TargetKind);
        Field<NonNullGraphType<IdGraphType>>("targetId").Description("The node id (entities, records) or ring id looked at.")
            .Resolve(ctx => ctx.Source.TargetKind == "ring" ? ctx.Source.TargetKey : ctx.Api().Id(ctx.Source.TargetKey));
        Field<StringGraphType>("detail").Resolve(ctx => ctx.Source.Detail);
    }
}
