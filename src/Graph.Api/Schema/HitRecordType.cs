using Graph.Api.Analysis;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A record cited by a hit.</summary>
public sealed class HitRecordType : ObjectGraphType<HitRecordView>
{
    public HitRecordType()
    {
        Name = "HitRecord";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Api().Id(ctx.Source.Key));
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("number").Resolve(ctx => ctx.Source.Number);
    }
}
