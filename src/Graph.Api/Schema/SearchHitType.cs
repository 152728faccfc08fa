using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>One search result.</summary>
public sealed class SearchHitType : ObjectGraphType<SearchHitView>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Api().Id(ctx.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("kind").Description("person, company, phone, case, ...").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("caption").Resolve(ctx => ctx.Api().Text(ctx.Source.Caption));
        Field<NonNullGraphType<StringGraphType>>("matchedOn").Description("name, id_number, uscc, phone or record_number.").Resolve(ctx => ctx.Source.MatchedOn);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(ctx => ctx.Source.Score);
        Field<EntityInterface>("entity").Description("Set when the hit is a person or company.").Resolve(ctx =>
            ctx.Source.Kind is "person" or "company" ? ctx.Api().Entities.Load(ctx.Source.Key) : null);
        Field<RecordType>("record").Description("Set when the hit is a record.").Resolve(ctx =>
        {
            var api = ctx.Api();
            var node = api.Snapshot.Reader.FindNodeByKey(ctx.Source.Key);
            return node >= 0 && api.Describer.IsRecord(node) ? api.Describer.Record(node) : null;
        });
    }
}
