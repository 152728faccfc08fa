using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>The nodes within a depth of a centre and every relationship among them; truncated when a limit cut it.</summary>
[ImmutableObject(true)]
public sealed record NeighbourhoodView(string CenterKey, int Depth, IReadOnlyList<NodeView> Nodes, IReadOnlyList<EdgeView> Edges, bool Truncated);
