using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>One path: its nodes in order and the relationships between consecutive ones.</summary>
[ImmutableObject(true)]
public sealed record PathView(IReadOnlyList<NodeView> Nodes, IReadOnlyList<EdgeView> Edges)
{
    public int Length => Edges.Count;
}
