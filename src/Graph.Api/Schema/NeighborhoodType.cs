using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>Nodes and edges around a centre, ready to draw.</summary>
public sealed class NeighborhoodType : ObjectGraphType<NeighbourhoodView>
{
    public NeighborhoodType()
    {
        Name = "Neighborhood";
        Field<NonNullGraphType<IdGraphType>>("center").Resolve(ctx => ctx.Api().Id(ctx.Source.CenterKey));
        Field<NonNullGraphType<IntGraphType>>("depth").Resolve(ctx => ctx.Source.Depth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("The node limit stopped the expansion, or a hub was not expanded.").Resolve(ctx => ctx.Source.Truncated);
    }
}
