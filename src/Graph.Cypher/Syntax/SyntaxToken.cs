using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>
/// A token with its source span. <see cref="Value"/> holds the decoded value: the long, double or string of a
/// literal, the unquoted name of an identifier or parameter. A missing token was invented by the parser to go on.
/// </summary>
public sealed record SyntaxToken(SyntaxKind Kind, TextSpan Span, string Text, object? Value)
{
    public bool IsMissing => Text.Length == 0 && Kind != SyntaxKind.EndOfFileToken;

    /// <summary>The name a symbolic token stands for: backticks removed, keywords as written.</summary>
    public string Name => Value as string ?? Text;

    public override string ToString() => Text;
}
