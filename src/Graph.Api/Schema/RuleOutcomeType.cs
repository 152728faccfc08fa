using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>How a rule's last run went.</summary>
public sealed class RuleOutcomeType : ObjectGraphType<RuleOutcomeView>
{
    public RuleOutcomeType()
    {
        Name = "RuleOutcome";
        Field<NonNullGraphType<StringGraphType>>("ruleId").Resolve(ctx => ctx.Source.RuleId);
        Field<NonNullGraphType<IntGraphType>>("hits").Resolve(ctx => ctx.Source.Hits);
        Field<NonNullGraphType<FloatGraphType>>("milliseconds").Resolve(ctx => ctx.Source.Milliseconds);
        Field<StringGraphType>("errorCode").Description("The engine's code (CYPnnn, EXEC_*) when the rule failed.").Resolve(ctx => ctx.Source.ErrorCode);
        Field<StringGraphType>("errorMessage").Resolve(ctx => ctx.Source.ErrorMessage);
        Field<IntGraphType>("errorLine").Resolve(ctx => ctx.Source.ErrorCode is null ? null : ctx.Source.ErrorLine);
        Field<IntGraphType>("errorColumn").Resolve(ctx => ctx.Source.ErrorCode is null ? null : ctx.Source.ErrorColumn);
    }
}
