using System.Globalization;
using System.Text.Json;
using Graph.Api.Services;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>What the store holds and the state of the analysis.</summary>
public sealed class StatsType : ObjectGraphType<StatsView>
{
    public StatsType()
    {
        Name = "Stats";
        Field<NonNullGraphType<StringGraphType>>("storeVersion").Resolve(ctx => ctx.Source.Version.ToString(CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("relationships").Resolve(ctx => ctx.Source.Relationships);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("labels").Resolve(ctx => ctx.Source.Labels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("relationshipTypes").Resolve(ctx => ctx.Source.RelationshipTypes);
        Field<JsonGraphType>("lastLoad").Description("The last load's summary.").Resolve(ctx =>
            ctx.Source.LastLoad is { } json ? JsonSerializer.Deserialize<JsonElement>(json) : (object?)null);
        Field<IntGraphType>("rules").Description("Rules in the current analysis (null while the first one runs).").Resolve(ctx => ctx.Api().Services.Analysis.Latest?.Outcomes.Count);
        Field<IntGraphType>("hits").Resolve(ctx => ctx.Api().Services.Analysis.Latest?.Hits.Count);
        Field<IntGraphType>("rings").Resolve(ctx => ctx.Api().Services.Analysis.Latest?.Rings.Count);
        Field<StringGraphType>("analysisVersion").Description("The store version the current analysis ran on.")
            .Resolve(ctx => ctx.Api().Services.Analysis.Latest?.Version.ToString(CultureInfo.InvariantCulture));
    }
}
