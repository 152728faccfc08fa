namespace Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    /// <summary>An atom followed by any number of .property, [index], [from..to] and :Label suffixes.</summary>
    private ExpressionSyntax ParsePostfixExpression()
    {
        var start = CurrentStart;
        var expression = ParseAtom();
        while (true)
        {
            switch (Current.Kind)
            {
                case SyntaxKind.DotToken:
                    NextToken();
                    var property = MatchName();
                    expression = new PropertyAccessSyntax(SpanFrom(start), expression, property);
                    break;
                case SyntaxKind.OpenBracketToken:
                    expression = ParseIndexOrSlice(start, expression);
                    break;
                case SyntaxKind.ColonToken when IsSymbolicName(Peek(1)):
                    var labels = ParseLabels();
                    expression = new LabelPredicateSyntax(SpanFrom(start), expression, labels);
                    break;
                default:
                    return expression;
            }
        }
    }

    private ExpressionSyntax ParseIndexOrSlice(int start, ExpressionSyntax target)
    {
        MatchToken(SyntaxKind.OpenBracketToken);
        var from = At(SyntaxKind.DotDotToken) ? null : ParseExpression();
        if (!TryMatch(SyntaxKind.DotDotToken))
        {
            MatchToken(SyntaxKind.CloseBracketToken);
            return new IndexExpressionSyntax(SpanFrom(start), target, from!);
        }

        var to = At(SyntaxKind.CloseBracketToken) ? null : ParseExpression();
        MatchToken(SyntaxKind.CloseBracketToken);
        return new SliceExpressionSyntax(SpanFrom(start), target, from, to);
    }
}
