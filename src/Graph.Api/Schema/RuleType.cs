using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A screening rule of the catalog.</summary>
public sealed class RuleType : ObjectGraphType<RuleView>
{
    public RuleType()
    {
        Name = "Rule";
        Field<NonNullGraphType<StringGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(ctx => ctx.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("model").Resolve(ctx => ctx.Source.Model);
        Field<NonNullGraphType<StringGraphType>>("severity").Resolve(ctx => ctx.Source.Severity);
        Field<NonNullGraphType<StringGraphType>>("meaning").Description("What a hit means, and what it does not prove.").Resolve(ctx => ctx.Source.Meaning);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("signals").Resolve(ctx => ctx.Source.Signals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleParameterType>>>>("parameters").Resolve(ctx => ctx.Source.Parameters);
        Field<NonNullGraphType<StringGraphType>>("query").Description("The Cypher text.").Resolve(ctx => ctx.Source.Query);
        Field<NonNullGraphType<StringGraphType>>("file").Resolve(ctx => ctx.Source.File);
        Field<RuleOutcomeType>("lastRun").Description("The rule's outcome in the current analysis.").ResolveAsync(async ctx =>
        {
            var analysis = await ctx.Api().AnalysisAsync(ctx.CancellationToken).ConfigureAwait(false);
            return (object?)analysis.Outcomes.FirstOrDefault(o => o.RuleId == ctx.Source.Id);
        });
    }
}
