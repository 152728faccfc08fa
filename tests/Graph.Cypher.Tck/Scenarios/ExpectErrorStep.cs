namespace Graph.Cypher.Tck.Scenarios;

/// <summary><c>Then a TYPE should be raised at TIMING: DETAIL</c>.</summary>
public sealed record ExpectErrorStep(int Line, string ErrorType, ErrorTiming Timing, string Detail) : TckStep(Line);
