using Graph.Api.Model;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A Relay connection: edges (or nodes directly), page info and the total count.</summary>
public abstract class ConnectionGraphType<TNodeType, TEdgeType, T> : ObjectGraphType<ConnectionPage<T>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionGraphType(string name)
    {
        Name = name;
        // The page size is already counted by the connection field's `first`, so these lists do not multiply again.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").WithComplexityImpact(1, 1).Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").WithComplexityImpact(1, 1).Resolve(ctx => ctx.Source.Edges.Select(e => e.Node).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => new PageInfoView(ctx.Source.HasNextPage, ctx.Source.HasPreviousPage, ctx.Source.StartCursor, ctx.Source.EndCursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(ctx => ctx.Source.TotalCount);
    }
}
