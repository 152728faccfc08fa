using Graph.Api.Security;
using Graph.Api.Triage;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>The two writes: run rules (rule authors), record a triage decision (investigators).</summary>
public sealed class MutationType : ObjectGraphType
{
    public const int MaxNoteLength = 4_000;

    public MutationType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<RuleRunType>>("runRules")
            .Description("Reads the rule files again and runs the given rules (all when omitted) on the current store; rings are found again.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("ruleIds")
            .Requires(Permission.RunRules)
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                var ids = ctx.GetArgument<List<string>?>("ruleIds");
                var catalog = api.Services.Analysis.Rules.Reload().Catalog;
                var unknown = ids?.Where(id => catalog.Find(id) is null).ToList() ?? [];
                if (unknown.Count > 0)
                {
                    throw ApiError.BadInput("unknown rule ids: " + string.Join(", ", unknown));
                }

                await QueryType.Audit(api, "RULES_RUN", "rules", "rules", ids is null ? "all" : string.Join(",", ids)).ConfigureAwait(false);
                return await api.Services.Analysis.RunRulesAsync(ids, ctx.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<RingTriageType>>("setRingStatus")
            .Description("Records a triage decision on a ring with a note; every decision is kept in the ring's history.")
            .Argument<NonNullGraphType<IdGraphType>>("ringId")
            .Argument<NonNullGraphType<RingStatusType>>("status")
            .Argument<StringGraphType>("note")
            .Requires(Permission.Triage)
            .ResolveAsync(async ctx =>
            {
                var api = ctx.Api();
                var ringId = ctx.GetArgument<string>("ringId");
                var note = ctx.GetArgument<string?>("note");
                if (note is { Length: > MaxNoteLength })
                {
                    throw ApiError.BadInput($"note is longer than {MaxNoteLength} characters.");
                }

                var analysis = await api.AnalysisAsync(ctx.CancellationToken).ConfigureAwait(false);
                if (analysis.Rings.All(r => r.Id != ringId))
                {
                    throw ApiError.NotFound($"no ring {ringId} in the current analysis.");
                }

                var status = ctx.GetArgument<RingStatus>("status");
                await QueryType.Audit(api, "RING_STATUS_SET", "ring", ringId, status.ToString().ToUpperInvariant()).ConfigureAwait(false);
                return await api.Services.Triage.SetAsync(ringId, status, note, api.Caller.Name, ctx.CancellationToken).ConfigureAwait(false);
            });
    }
}
