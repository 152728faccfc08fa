using Graph.Cypher.Diagnostics;
using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>The result of parsing one query: its syntax tree and every diagnostic, in source order.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, QuerySyntax root, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }

    public QuerySyntax Root { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    public static SyntaxTree Parse(string text, string fileName = "query") => Parse(SourceText.From(text, fileName));

    /// <summary>Parses a query; never throws on bad input, which is reported in <see cref="Diagnostics"/>.</summary>
    public static SyntaxTree Parse(SourceText text)
    {
        var diagnostics = new DiagnosticBag(text);
        var tokens = new Lexer(text, diagnostics).LexAll();
        var root = new Parser(tokens, diagnostics).ParseStatement();
        return new SyntaxTree(text, root, [.. diagnostics.OrderBy(diagnostic => diagnostic.Index)]);
    }

    /// <summary>The tokens of a text, without the final end-of-file token, and what the lexer reported.</summary>
    public static IReadOnlyList<SyntaxToken> ParseTokens(string text, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var source = SourceText.From(text);
        var bag = new DiagnosticBag(source);
        var tokens = new Lexer(source, bag).LexAll();
        diagnostics = [.. bag];
        return [.. tokens.Take(tokens.Count - 1)];
    }

    public static IReadOnlyList<SyntaxToken> ParseTokens(string text) => ParseTokens(text, out _);
}
