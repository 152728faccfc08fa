using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>One path: nodes in order and the edges between them.</summary>
public sealed class PathType : ObjectGraphType<PathView>
{
    public PathType()
    {
        Name = "Path";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of relationships.").Resolve(ctx => ctx.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>>("edges").Resolve(ctx => ctx.Source.Edges);
    }
}
