using System.Collections;
using Graph.Cypher.Syntax;
using Graph.Cypher.Text;

namespace Graph.Cypher.Diagnostics;

/// <summary>Collects diagnostics; every message text of the front end lives here, beside its code.</summary>
public sealed partial class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> diagnostics = [];
    private readonly SourceText text;

    public DiagnosticBag(SourceText text) => this.text = text;

    public int Count => diagnostics.Count;

    public IEnumerator<Diagnostic> GetEnumerator() => diagnostics.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void ReportBadCharacter(int position, char character) =>
        Report(DiagnosticCodes.BadCharacter, new TextSpan(position, 1), $"Unexpected character '{Describe(character)}'.");

    public void ReportUnexpectedToken(SyntaxToken actual, string expected) =>
        Report(DiagnosticCodes.UnexpectedToken, actual.Span, $"Unexpected {Describe(actual)}, expected {expected}.");

    public void ReportExpectedExpression(SyntaxToken actual) =>
        Report(DiagnosticCodes.ExpectedExpression, actual.Span, $"Expected an expression, found {Describe(actual)}.");

    public void ReportExpectedClause(SyntaxToken actual) =>
        Report(DiagnosticCodes.ExpectedClause, actual.Span, $"Expected a clause (MATCH, RETURN, CREATE, ...), found {Describe(actual)}.");

    public void ReportExpectedPattern(SyntaxToken actual) =>
        Report(DiagnosticCodes.ExpectedPattern, actual.Span, $"Expected a pattern such as (n), found {Describe(actual)}.");

    public void ReportEmptyQuery(TextSpan span) =>
        Report(DiagnosticCodes.EmptyQuery, span, "The query is empty.");

    public void ReportInvalidUpdateTarget(TextSpan span, string clause) =>
        Report(DiagnosticCodes.InvalidUpdateTarget, span, $"{clause} expects n.key, n or n:Label here.");

    public void ReportNestingTooDeep(TextSpan span, int limit) =>
        Report(DiagnosticCodes.NestingTooDeep, span, $"Expressions are nested more than {limit} levels deep.");

    public void ReportUnterminatedString(TextSpan span) =>
        Report(DiagnosticCodes.UnterminatedString, span, "Unterminated string literal.");

    public void ReportUnterminatedComment(TextSpan span) =>
        Report(DiagnosticCodes.UnterminatedComment, span, "Unterminated block comment.");

    public void ReportUnterminatedQuotedName(TextSpan span) =>
        Report(DiagnosticCodes.UnterminatedQuotedName, span, "Unterminated backtick-quoted name.");

    public void ReportInvalidEscapeSequence(TextSpan span, string escape) =>
        Report(DiagnosticCodes.InvalidEscapeSequence, span, $"Invalid escape sequence '{escape}'.");

    public void ReportInvalidUnicodeLiteral(TextSpan span, string escape) =>
        Report(DiagnosticCodes.InvalidUnicodeLiteral, span, $"Invalid unicode escape '{escape}'; expected hexadecimal digits.");

    public void ReportInvalidNumberLiteral(TextSpan span, string literal) =>
        Report(DiagnosticCodes.InvalidNumberLiteral, span, $"Invalid number literal '{literal}'.");

    public void ReportIntegerOverflow(TextSpan span, string literal) =>
        Report(DiagnosticCodes.IntegerOverflow, span, $"Integer literal '{literal}' is too large for a 64-bit integer.");

    public void ReportFloatingPointOverflow(TextSpan span, string literal) =>
        Report(DiagnosticCodes.FloatingPointOverflow, span, $"Floating point literal '{literal}' is too large for a 64-bit float.");

    private void Report(string code, TextSpan span, string message) =>
        diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, new TextLocation(text, span), message));

    private static string Describe(SyntaxToken token) =>
        token.Kind == SyntaxKind.EndOfFileToken ? "end of input" : $"'{token.Text}'";

    private static string Describe(char character) =>
        char.IsControl(character) ? $"\\u{(int)character:X4}" : character.ToString();
}
