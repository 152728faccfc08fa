using Graph.Api.Model;
using GraphQL;
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
        // Sizes are counted by the neighborhood field's limit.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("nodes").WithComplexityImpact(1, 1).Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>>("edges").WithComplexityImpact(1, 2).Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("The node limit stopped the expansion, or a hub was not expanded.").Resolve(ctx => ctx.Source.Truncated);
    }
}
