namespace Graph.Cypher.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
