using System.Globalization;
using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>What a rule run produced.</summary>
public sealed class RuleRunType : ObjectGraphType<AnalysisResult>
{
    public RuleRunType()
    {
        Name = "RuleRun";
        Field<NonNullGraphType<StringGraphType>>("storeVersion").Resolve(ctx => ctx.Source.Version.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("computedAt").Resolve(ctx => ctx.Source.ComputedAt.ToString("O", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<FloatGraphType>>("milliseconds").Resolve(ctx => ctx.Source.Milliseconds);
        Field<NonNullGraphType<IntGraphType>>("hits").Resolve(ctx => ctx.Source.Hits.Count);
        Field<NonNullGraphType<IntGraphType>>("rings").Resolve(ctx => ctx.Source.Rings.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleOutcomeType>>>>("outcomes").Resolve(ctx => ctx.Source.Outcomes);
    }
}
