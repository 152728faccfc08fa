using Graph.Api.Analysis;
using Graph.Api.Services;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A suspected false-litigation ring.</summary>
public sealed class RingType : ObjectGraphType<RingView>
{
    public RingType()
    {
        Name = "Ring";
        Description = "A suspected ring: who (members), what (records), why (evidence), when (timeline).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable for the same members in the same store.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("In [0, 1).").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("models").Resolve(ctx => ctx.Source.Models);
        Field<NonNullGraphType<FloatGraphType>>("amount").Description("Money involved, yuan.").Resolve(ctx => (double)ctx.Source.Amount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RingMemberType>>>>("members").Resolve(ctx => ctx.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RingRecordType>>>>("records").Resolve(ctx => ctx.Source.Records);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Resolve(ctx => ctx.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("timeline").Resolve(ctx => ctx.Source.Timeline);
        Field<NonNullGraphType<ScoreBreakdownType>>("breakdown").Resolve(ctx => ctx.Source.Breakdown);
        Field<NonNullGraphType<NeighborhoodType>>("subgraph")
            .Description("Members, records, the contacts members share, and the relationships among them.")
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                var snapshot = api.Snapshot;
                var ring = ctx.Source;
                return (object?)await api.Services.Cache.GetOrCreateAsync(
                    $"{snapshot.CacheTag}:ring-subgraph:{ring.Id}",
                    _ => ValueTask.FromResult(RingSubgraph.Build(snapshot, api.Services.Ids, ring)),
                    ctx.CancellationToken).ConfigureAwait(false);
            });
        Field<NonNullGraphType<RingTriageType>>("triage").Description("The investigators' decision (batched per request).").Resolve(ctx =>
        {
            ctx.Api().NotCacheable();
            return ctx.Api().Triage.Load(ctx.Source.Id);
        });
    }
}
