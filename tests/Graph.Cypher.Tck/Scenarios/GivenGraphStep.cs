namespace Graph.Cypher.Tck.Scenarios;

public sealed record GivenGraphStep(int Line, GraphKind Kind, string? GraphName = null) : TckStep(Line);
