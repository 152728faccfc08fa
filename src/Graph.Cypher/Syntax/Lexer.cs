using Graph.Cypher.Diagnostics;
using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>
/// Turns query text into tokens, skipping whitespace and comments. Problems become diagnostics and the
/// lexer carries on, so the parser always receives a token stream ending in EndOfFileToken.
/// </summary>
internal sealed partial class Lexer
{
    private readonly SourceText text;
    private readonly DiagnosticBag diagnostics;
    private int position;
    private int start;

    public Lexer(SourceText text, DiagnosticBag diagnostics)
    {
        this.text = text;
        this.diagnostics = diagnostics;
    }

    private char Current => Peek(0);

    private char Lookahead => Peek(1);

    /// <summary>All tokens of the text; the last one is always EndOfFileToken.</summary>
    public IReadOnlyList<SyntaxToken> LexAll()
    {
        var tokens = new List<SyntaxToken>();
        SyntaxToken token;
        do
        {
            token = NextToken();
            tokens.Add(token);
        }
        while (token.Kind != SyntaxKind.EndOfFileToken);

        return tokens;
    }

    private SyntaxToken NextToken()
    {
        SkipTrivia();
        start = position;
        if (position >= text.Length)
        {
            return new SyntaxToken(SyntaxKind.EndOfFileToken, new TextSpan(position, 0), string.Empty, null);
        }

        var c = Current;
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Lookahead)))
        {
            return ReadNumber();
        }

        if (IsIdentifierStart(c))
        {
            return ReadWord();
        }

        return c switch
        {
            '\'' or '"' => ReadString(c),
            '`' => ReadQuotedName(),
            '$' => ReadParameter(),
            _ => ReadPunctuation(c),
        };
    }

    private SyntaxToken ReadPunctuation(char c)
    {
        var (kind, width) = c switch
        {
            '(' => (SyntaxKind.OpenParenthesisToken, 1),
            ')' => (SyntaxKind.CloseParenthesisToken, 1),
            '[' => (SyntaxKind.OpenBracketToken, 1),
            ']' => (SyntaxKind.CloseBracketToken, 1),
            '{' => (SyntaxKind.OpenBraceToken, 1),
            '}' => (SyntaxKind.CloseBraceToken, 1),
            ',' => (SyntaxKind.CommaToken, 1),
            '.' when Lookahead == '.' => (SyntaxKind.DotDotToken, 2),
            '.' => (SyntaxKind.DotToken, 1),
            ':' => (SyntaxKind.ColonToken, 1),
            ';' => (SyntaxKind.SemicolonToken, 1),
            '|' => (SyntaxKind.PipeToken, 1),
            '+' when Lookahead == '=' => (SyntaxKind.PlusEqualsToken, 2),
            '+' => (SyntaxKind.PlusToken, 1),
            '-' => (SyntaxKind.MinusToken, 1),
            '*' => (SyntaxKind.StarToken, 1),
            '/' => (SyntaxKind.SlashToken, 1),
            '%' => (SyntaxKind.PercentToken, 1),
            '^' => (SyntaxKind.CaretToken, 1),
            '=' when Lookahead == '~' => (SyntaxKind.RegexMatchToken, 2),
            '=' => (SyntaxKind.EqualsToken, 1),
            '<' when Lookahead == '>' => (SyntaxKind.NotEqualsToken, 2),
            '<' when Lookahead == '=' => (SyntaxKind.LessOrEqualsToken, 2),
            '<' => (SyntaxKind.LessToken, 1),
            '>' when Lookahead == '=' => (SyntaxKind.GreaterOrEqualsToken, 2),
            '>' => (SyntaxKind.GreaterToken, 1),
            _ => (SyntaxKind.BadToken, 1),
        };

        if (kind == SyntaxKind.BadToken)
        {
            diagnostics.ReportBadCharacter(position, c);
        }

        position += width;
        return MakeToken(kind, null);
    }

    private SyntaxToken ReadWord()
    {
        while (IsIdentifierPart(Current))
        {
            position++;
        }

        var word = text.ToString(TextSpan.FromBounds(start, position));
        return MakeToken(SyntaxFacts.GetKeywordKind(word), word);
    }

    private SyntaxToken MakeToken(SyntaxKind kind, object? value)
    {
        var span = TextSpan.FromBounds(start, position);
        return new SyntaxToken(kind, span, text.ToString(span), value);
    }

    private char Peek(int offset)
    {
        var index = position + offset;
        return index < text.Length ? text[index] : '\0';
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.ConnectorPunctuation;
}
