using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>The k shortest paths and the simple paths up to the bound between two nodes; truncated when a cap was hit.</summary>
[ImmutableObject(true)]
public sealed record PathSetView(IReadOnlyList<PathView> Shortest, IReadOnlyList<PathView> All, bool Truncated);
