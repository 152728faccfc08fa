using System.ComponentModel;

namespace Graph.Api.Model;

/// <summary>One page of a Relay connection: the edges with their cursors, whether more follow, and the total count.</summary>
[ImmutableObject(true)]
public sealed record ConnectionPage<T>(IReadOnlyList<PageEdge<T>> Edges, bool HasNextPage, bool HasPreviousPage, int TotalCount)
{
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;

    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}
