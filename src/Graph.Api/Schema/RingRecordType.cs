using System.Globalization;
using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A record cited by a ring.</summary>
public sealed class RingRecordType : ObjectGraphType<RingRecordView>
{
    public RingRecordType()
    {
        Name = "RingRecord";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Api().Id(ctx.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("number").Resolve(ctx => ctx.Source.Number);
        Field<StringGraphType>("date").Resolve(ctx => ctx.Source.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<FloatGraphType>("amount").Resolve(ctx => ctx.Source.Amount is { } a ? (double)a : null);
        Field<RecordType>("record").Description("The full record from the store.").Resolve(ctx =>
        {
            var api = ctx.Api();
            var node = api.Snapshot.Reader.FindNodeByKey(ctx.Source.Key);
            return node < 0 ? null : api.Describer.Record(node);
        });
    }
}
