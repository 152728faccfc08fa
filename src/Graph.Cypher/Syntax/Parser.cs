using Graph.Cypher.Diagnostics;
using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>
/// Recursive-descent parser over the token list. When a token is missing it reports it, invents one and goes on,
/// so one run reports several errors; it never throws on user input.
/// </summary>
internal sealed partial class Parser
{
    private readonly IReadOnlyList<SyntaxToken> tokens;
    private readonly DiagnosticBag diagnostics;
    private int position;

    // Several errors at one token are one mistake seen from several rules; only the first is worth reading.
    private int lastErrorPosition = -1;

    public Parser(IReadOnlyList<SyntaxToken> tokens, DiagnosticBag diagnostics)
    {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    private SyntaxToken Current => Peek(0);

    private int CurrentStart => Current.Span.Start;

    private SyntaxToken Peek(int offset) => tokens[Math.Min(position + offset, tokens.Count - 1)];

    private bool At(SyntaxKind kind) => Current.Kind == kind;

    private bool At(params ReadOnlySpan<SyntaxKind> kinds) => kinds.Contains(Current.Kind);

    private SyntaxToken NextToken()
    {
        var current = Current;
        if (position < tokens.Count - 1)
        {
            position++;
        }

        return current;
    }

    private bool TryMatch(SyntaxKind kind)
    {
        if (!At(kind))
        {
            return false;
        }

        NextToken();
        return true;
    }

    private SyntaxToken MatchToken(SyntaxKind kind)
    {
        if (At(kind))
        {
            return NextToken();
        }

        ReportUnexpected(SyntaxFacts.Describe(kind));
        return Missing(kind);
    }

    private SyntaxToken Missing(SyntaxKind kind) =>
        new(kind, new TextSpan(CurrentStart, 0), string.Empty, null);

    /// <summary>The span from a start offset to the end of the last consumed token.</summary>
    private TextSpan SpanFrom(int start)
    {
        var end = position > 0 ? tokens[position - 1].Span.End : start;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    private void ReportUnexpected(string expected)
    {
        if (ShouldReport())
        {
            diagnostics.ReportUnexpectedToken(Current, expected);
        }
    }

    private bool ShouldReport()
    {
        if (CurrentStart == lastErrorPosition)
        {
            return false;
        }

        lastErrorPosition = CurrentStart;

        // The lexer has already reported a bad token; the parser tripping over it adds nothing.
        return !At(SyntaxKind.BadToken);
    }
}
