using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>Which part of the evidence carried a ring's score.</summary>
public sealed class ScoreBreakdownType : ObjectGraphType<ScoreBreakdownView>
{
    public ScoreBreakdownType()
    {
        Name = "ScoreBreakdown";
        Field<NonNullGraphType<IntGraphType>>("rules").Resolve(ctx => ctx.Source.Rules);
        Field<NonNullGraphType<IntGraphType>>("signals").Resolve(ctx => ctx.Source.Signals);
        Field<NonNullGraphType<IntGraphType>>("models").Resolve(ctx => ctx.Source.Models);
        Field<NonNullGraphType<FloatGraphType>>("evidence").Resolve(ctx => ctx.Source.Evidence);
        Field<NonNullGraphType<FloatGraphType>>("money").Resolve(ctx => ctx.Source.Money);
    }
}
