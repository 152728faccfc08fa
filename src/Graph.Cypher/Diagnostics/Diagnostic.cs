using Graph.Cypher.Text;

namespace Graph.Cypher.Diagnostics;

/// <summary>One problem found in a query: a stable code, where it is, and what is wrong.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, TextLocation Location, string Message)
{
    /// <summary>Zero-based character offset of the start of the problem.</summary>
    public int Index => Location.Span.Start;

    public int Line => Location.Line;

    public int Column => Location.Column;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
