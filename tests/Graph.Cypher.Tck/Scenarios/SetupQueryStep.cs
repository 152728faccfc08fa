namespace Graph.Cypher.Tck.Scenarios;

/// <summary><c>And having executed:</c> a query that prepares the graph; its side effects are not measured.</summary>
public sealed record SetupQueryStep(int Line, string Query) : TckStep(Line);
