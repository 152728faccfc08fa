using Graph.Api.Model;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>The fields every entity has, declared once for the interface and both object types.</summary>
public static class EntityFields
{
    public static void AddTo(ObjectGraphType<EntityView> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque, stable id.").Resolve(ctx => ctx.Api().Id(ctx.Source.Key));
        type.Field<NonNullGraphType<StringGraphType>>("kind").Description("person or company.").Resolve(ctx => ctx.Source.Kind);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("The normalised name (the most frequent one of a strong entity).").Resolve(ctx => ctx.Source.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names").Description("Every variant seen.").Resolve(ctx => ctx.Source.Names);
        type.Field<StringGraphType>("resolution").Description("strong (keyed by a valid id) or weak.").Resolve(ctx => ctx.Source.Resolution);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentifierType>>>>("identifiers").Resolve(ctx => ctx.Source.Identifiers);
        type.Field<NonNullGraphType<JsonGraphType>>("properties").Description("Every stored property.").Resolve(ctx => ctx.Api().Properties(ctx.Source.Properties));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordLinkType>>>>("records")
            .Description("The records the entity is a party to, agent in, creditor of...")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 100)
            .WithComplexityImpact(ctx => new GraphQL.Validation.Complexity.FieldComplexityResult(1, Math.Clamp(ctx.GetArgument("first", 100), 1, 1_000)))
            .Resolve(ctx => Links(ctx).Take(Math.Clamp(ctx.GetArgument("first", 100), 0, 1_000)).ToList());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceType>>>>("provenance")
            .Description("Which records mention the entity and how each mention was matched to it (id, name+phone, ...), with the reference as written.")
            .Resolve(ctx => Links(ctx).Where(l => l.Matched is not null || l.RefName is not null || l.RefId is not null).ToList());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RingType>>>>("rings")
            .Description("Suspected rings the entity is a member of.")
            .ResolveAsync(async ctx =>
            {
                var analysis = await ctx.Api().AnalysisAsync(ctx.CancellationToken).ConfigureAwait(false);
                return (object?)analysis.Rings.Where(r => r.Members.Any(m => m.Key == ctx.Source.Key)).ToList();
            });
    }

    /// <summary>The interface's declarations of the same fields (interfaces carry no resolvers).</summary>
    public static void Declare(InterfaceGraphType<EntityView> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque, stable id.");
        type.Field<NonNullGraphType<StringGraphType>>("kind").Description("person or company.");
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("The normalised name (the most frequent one of a strong entity).");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("names").Description("Every variant seen.");
        type.Field<StringGraphType>("resolution").Description("strong (keyed by a valid id) or weak.");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentifierType>>>>("identifiers");
        type.Field<NonNullGraphType<JsonGraphType>>("properties").Description("Every stored property.");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordLinkType>>>>("records")
            .Description("The records the entity is a party to, agent in, creditor of...")
            .Argument<IntGraphType>("first", arg => arg.DefaultValue = 100);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceType>>>>("provenance")
            .Description("Which records mention the entity and how each mention was matched to it (id, name+phone, ...), with the reference as written.");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RingType>>>>("rings").Description("Suspected rings the entity is a member of.");
    }

    private static List<RecordLinkView> Links(IResolveFieldContext<EntityView> context)
    {
        var api = context.Api();
        var node = api.Snapshot.Reader.FindNodeByKey(context.Source.Key);
        return node < 0 ? [] : api.Describer.RecordLinks(node);
    }
}
