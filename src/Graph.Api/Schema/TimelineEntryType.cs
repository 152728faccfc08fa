using System.Globalization;
using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A dated event of a ring.</summary>
public sealed class TimelineEntryType : ObjectGraphType<TimelineEntryView>
{
    public TimelineEntryType()
    {
        Name = "TimelineEntry";
        Field<NonNullGraphType<StringGraphType>>("date").Resolve(ctx => ctx.Source.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("number").Resolve(ctx => ctx.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(ctx => ctx.Api().Text(ctx.Source.Text));
    }
}
