namespace Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    // Labels, types, property keys and map keys may be spelled like keywords (n.count, {end: 1}, :Match).
    private static bool IsSymbolicName(SyntaxToken token) =>
        token.Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(token.Kind);

    private static bool IsVariableName(SyntaxToken token) => token.Kind == SyntaxKind.IdentifierToken;

    private SyntaxToken MatchName()
    {
        if (IsSymbolicName(Current))
        {
            return NextToken();
        }

        ReportUnexpected("a name");
        return Missing(SyntaxKind.IdentifierToken);
    }

    private VariableSyntax ParseVariable()
    {
        var start = CurrentStart;
        var identifier = MatchToken(SyntaxKind.IdentifierToken);
        return new VariableSyntax(SpanFrom(start), identifier);
    }

    private List<SyntaxToken> ParseQualifiedName()
    {
        var parts = new List<SyntaxToken> { MatchName() };
        while (At(SyntaxKind.DotToken) && IsSymbolicName(Peek(1)))
        {
            NextToken();
            parts.Add(NextToken());
        }

        return parts;
    }
}
