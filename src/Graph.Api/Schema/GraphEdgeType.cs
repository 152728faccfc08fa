using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A relationship as a drawing needs it: ends by node id.</summary>
public sealed class GraphEdgeType : ObjectGraphType<EdgeView>
{
    public GraphEdgeType()
    {
        Name = "GraphEdge";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(ctx => ctx.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("source").Resolve(ctx => ctx.Source.SourceId);
        Field<NonNullGraphType<IdGraphType>>("target").Resolve(ctx => ctx.Source.TargetId);
        Field<NonNullGraphType<JsonGraphType>>("properties").Resolve(ctx => ctx.Api().Properties(ctx.Source.Properties));
    }
}
