namespace Graph.Cypher.Syntax;

/// <summary>What is fixed about each token kind: keyword spellings and punctuation text.</summary>
public static class SyntaxFacts
{
    private static readonly Dictionary<string, SyntaxKind> Keywords = BuildKeywordTable();

    /// <summary>The keyword kind for a word, ignoring case; IdentifierToken when it is not a keyword.</summary>
    public static SyntaxKind GetKeywordKind(string word) =>
        Keywords.TryGetValue(word, out var kind) ? kind : SyntaxKind.IdentifierToken;

    // Keywords are declared last in SyntaxKind, from AllKeyword to YieldKeyword; the parser asks this per token.
    public static bool IsKeyword(SyntaxKind kind) => kind is >= SyntaxKind.AllKeyword and <= SyntaxKind.YieldKeyword;

    /// <summary>The fixed text of a punctuation or keyword kind (keywords upper case); null for variable tokens.</summary>
    public static string? GetText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenParenthesisToken => "(",
        SyntaxKind.CloseParenthesisToken => ")",
        SyntaxKind.OpenBracketToken => "[",
        SyntaxKind.CloseBracketToken => "]",
        SyntaxKind.OpenBraceToken => "{",
        SyntaxKind.CloseBraceToken => "}",
        SyntaxKind.CommaToken => ",",
        SyntaxKind.DotToken => ".",
        SyntaxKind.DotDotToken => "..",
        SyntaxKind.ColonToken => ":",
        SyntaxKind.SemicolonToken => ";",
        SyntaxKind.PipeToken => "|",
        SyntaxKind.PlusToken => "+",
        SyntaxKind.PlusEqualsToken => "+=",
        SyntaxKind.MinusToken => "-",
        SyntaxKind.StarToken => "*",
        SyntaxKind.SlashToken => "/",
        SyntaxKind.PercentToken => "%",
        SyntaxKind.CaretToken => "^",
        SyntaxKind.EqualsToken => "=",
        SyntaxKind.NotEqualsToken => "<>",
        SyntaxKind.LessToken => "<",
        SyntaxKind.LessOrEqualsToken => "<=",
        SyntaxKind.GreaterToken => ">",
        SyntaxKind.GreaterOrEqualsToken => ">=",
        SyntaxKind.RegexMatchToken => "=~",
        _ when IsKeyword(kind) => kind.ToString()[..^"Keyword".Length].ToUpperInvariant(),
        _ => null,
    };

    /// <summary>How a kind is named in messages: the text in quotes where it is fixed, a description otherwise.</summary>
    public static string Describe(SyntaxKind kind) => kind switch
    {
        SyntaxKind.EndOfFileToken => "end of input",
        SyntaxKind.IdentifierToken => "a name",
        SyntaxKind.IntegerToken => "an integer",
        SyntaxKind.FloatToken => "a float",
        SyntaxKind.StringToken => "a string",
        SyntaxKind.ParameterToken => "a parameter",
        SyntaxKind.BadToken => "an invalid token",
        _ => $"'{GetText(kind)}'",
    };

    private static Dictionary<string, SyntaxKind> BuildKeywordTable()
    {
        var table = new Dictionary<string, SyntaxKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in Enum.GetValues<SyntaxKind>().Where(IsKeyword))
        {
            table[GetText(kind)!] = kind;
        }

        return table;
    }
}
