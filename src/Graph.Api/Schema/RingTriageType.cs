using System.Globalization;
using Graph.Api.Triage;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>The current decision on a ring and how it got there.</summary>
public sealed class RingTriageType : ObjectGraphType<TriageView>
{
    public RingTriageType()
    {
        Name = "RingTriage";
        Field<NonNullGraphType<IdGraphType>>("ringId").Resolve(ctx => ctx.Source.RingId);
        Field<NonNullGraphType<RingStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<StringGraphType>("note").Resolve(ctx => ctx.Api().Text(ctx.Source.Note));
        Field<StringGraphType>("updatedBy").Resolve(ctx => ctx.Source.UpdatedBy);
        Field<StringGraphType>("updatedAt").Resolve(ctx => ctx.Source.UpdatedAt?.ToString("O", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("revision").Description("Decisions made so far (0: never triaged).").Resolve(ctx => ctx.Source.Revision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TriageEventType>>>>("history")
            .ResolveAsync(async ctx => (object?)await ctx.Api().Services.Triage.HistoryAsync(ctx.Source.RingId, ctx.CancellationToken).ConfigureAwait(false));
    }
}
