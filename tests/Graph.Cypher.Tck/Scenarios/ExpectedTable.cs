using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Scenarios;

/// <summary>A result table from a feature file: the header and the parsed cells.</summary>
public sealed record ExpectedTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<TckValue>> Rows);
