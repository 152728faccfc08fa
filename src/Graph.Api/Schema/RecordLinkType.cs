using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A record an entity is joined to, and how.</summary>
public sealed class RecordLinkType : ObjectGraphType<RecordLinkView>
{
    public RecordLinkType()
    {
        Name = "RecordLink";
        Field<NonNullGraphType<RecordType>>("record").Resolve(ctx =>
        {
            var api = ctx.Api();
            var node = api.Snapshot.Reader.FindNodeByKey(ctx.Source.RecordKey);
            return node < 0 ? null : api.Describer.Record(node);
        });
        Field<NonNullGraphType<StringGraphType>>("relationship").Description("PARTY_IN, AGENT_IN, CREDITOR_IN, ...").Resolve(ctx => ctx.Source.Relationship);
        Field<StringGraphType>("role").Resolve(ctx => ctx.Source.Role);
        Field<StringGraphType>("side").Resolve(ctx => ctx.Source.Side);
    }
}
