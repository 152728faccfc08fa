namespace Graph.Cypher.Tck.Loading;

/// <summary>A Gherkin step after outline substitution and before interpretation.</summary>
public sealed record RawStep(int Line, string Text, string? DocString, IReadOnlyList<IReadOnlyList<string>>? Table);
