namespace Graph.Api.Schema;

/// <summary>Columns and JSON-ready rows of a Cypher query.</summary>
public sealed record CypherResultView(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, double Milliseconds);
