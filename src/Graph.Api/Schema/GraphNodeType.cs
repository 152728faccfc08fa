using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A node as a drawing needs it.</summary>
public sealed class GraphNodeType : ObjectGraphType<NodeView>
{
    public GraphNodeType()
    {
        Name = "GraphNode";
        Description = "A node of a neighbourhood, path or ring subgraph.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("person, company, case, phone, address, court, ...").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("labels").Resolve(ctx => ctx.Source.Labels);
        Field<NonNullGraphType<StringGraphType>>("caption").Description("Name, number or text to print on the node.").Resolve(ctx => ctx.Api().Text(ctx.Source.Caption));
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Distance from the centre (neighbourhoods), position (paths).").Resolve(ctx => ctx.Source.Depth);
        Field<NonNullGraphType<IntGraphType>>("degree").Description("All relationships of the node, to size hubs.").Resolve(ctx => ctx.Source.Degree);
        Field<NonNullGraphType<JsonGraphType>>("properties").Resolve(ctx => ctx.Api().Properties(ctx.Source.Properties));
    }
}
