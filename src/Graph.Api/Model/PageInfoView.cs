namespace Graph.Api.Model;

/// <summary>The page info of any connection page.</summary>
public sealed record PageInfoView(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
