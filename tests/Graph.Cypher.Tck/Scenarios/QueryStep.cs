namespace Graph.Cypher.Tck.Scenarios;

/// <summary>
/// <c>When executing query:</c>, or with <paramref name="IsControlQuery"/> <c>When executing control query:</c>,
/// which only inspects the graph afterwards, so its side effects are never checked.
/// </summary>
public sealed record QueryStep(int Line, string Query, bool IsControlQuery) : TckStep(Line);
