using Graph.Api.Model;
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Edges.Select(e => e.Node).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => new PageInfoView(ctx.Source.HasNextPage, ctx.Source.HasPreviousPage, ctx.Source.StartCursor, ctx.Source.EndCursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(ctx => ctx.Source.TotalCount);
    }
}
