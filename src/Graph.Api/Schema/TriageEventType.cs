using System.Globalization;
using Graph.Api.Triage;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>One triage decision in a ring's history.</summary>
public sealed class TriageEventType : ObjectGraphType<TriageEventView>
{
    public TriageEventType()
    {
        Name = "TriageEvent";
        Field<NonNullGraphType<RingStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<StringGraphType>("note").Resolve(ctx => ctx.Api().Text(ctx.Source.Note));
        Field<NonNullGraphType<StringGraphType>>("by").Resolve(ctx => ctx.Source.By);
        Field<NonNullGraphType<StringGraphType>>("at").Description("ISO 8601, UTC.").Resolve(ctx => ctx.Source.At.ToString("O", CultureInfo.InvariantCulture));
    }
}
