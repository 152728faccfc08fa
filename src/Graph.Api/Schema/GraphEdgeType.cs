using Graph.Api.Execution;
using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A relationship as a drawing needs it: ends by node id.</summary>
public sealed class GraphEdgeType : ObjectGraphType<EdgeView>
{
    public GraphEdgeType()
    {
        Name = "GraphEdge";
        // Leaves declared with LeafFields: lists of edges asking only for them are written without per-field execution.
        this.StringLeaf<EdgeView, IdGraphType>("id", (e, _) => e.Id);
        this.StringLeaf<EdgeView, StringGraphType>("type", (e, _) => e.Type);
        this.StringLeaf<EdgeView, IdGraphType>("source", (e, _) => e.SourceId);
        this.StringLeaf<EdgeView, IdGraphType>("target", (e, _) => e.TargetId);
        Field<NonNullGraphType<JsonGraphType>>("properties").Resolve(ctx => ctx.Api().Properties(ctx.Source.Properties));
    }
}
