namespace Graph.Api.Model;

/// <summary>An item of a connection page and the opaque cursor that continues after it.</summary>
public sealed record PageEdge<T>(string Cursor, T Node);
