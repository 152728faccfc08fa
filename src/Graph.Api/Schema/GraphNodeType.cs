using Graph.Api.Execution;
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
        // Leaves declared with LeafFields: lists of nodes asking only for them are written without per-field execution.
        this.StringLeaf<NodeView, IdGraphType>("id", (n, _) => n.Id);
        this.StringLeaf<NodeView, StringGraphType>("kind", (n, _) => n.Kind).Description("person, company, case, phone, address, court, ...");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("labels").Resolve(ctx => ctx.Source.Labels);
        this.StringLeaf<NodeView, StringGraphType>("caption", (n, api) => api.Text(n.Caption)).Description("Name, number or text to print on the node.");
        this.IntLeaf<NodeView>("depth", n => n.Depth).Description("Distance from the centre (neighbourhoods), position (paths).");
        this.IntLeaf<NodeView>("degree", n => n.Degree).Description("All relationships of the node, to size hubs.");
        Field<NonNullGraphType<JsonGraphType>>("properties").Resolve(ctx => ctx.Api().Properties(ctx.Source.Properties));
    }
}
