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

    /// <summary>The TCK error class: SyntaxError for nearly all, ProcedureError for an unknown procedure.</summary>
    public string TckErrorClass => DiagnosticCodes.TckErrorClasses.GetValueOrDefault(Code, "SyntaxError");

    /// <summary>The TCK error detail, e.g. VariableAlreadyBound; a non-ASCII stray character is InvalidUnicodeCharacter.</summary>
    public string TckDetail =>
        Code == DiagnosticCodes.BadCharacter && Location.Span.Start < Location.Text.Length && Location.Text[Location.Span.Start] > 127
            ? "InvalidUnicodeCharacter"
            : DiagnosticCodes.TckDetails.GetValueOrDefault(Code, "UnexpectedSyntax");

    public DiagnosticPhase Phase => DiagnosticPhase.CompileTime;

    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
