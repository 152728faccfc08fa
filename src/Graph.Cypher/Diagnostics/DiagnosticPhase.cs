namespace Graph.Cypher.Diagnostics;

/// <summary>When the TCK expects an error: every front-end diagnostic is found before the query runs.</summary>
public enum DiagnosticPhase
{
    CompileTime,
    Runtime,
}
