namespace Graph.Cypher.Syntax;

/// <summary>Expressions with their own small grammar: CASE, EXISTS { }, quantifiers and reduce.</summary>
internal sealed partial class Parser
{
    private CaseExpressionSyntax ParseCaseExpression()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.CaseKeyword);
        var subject = At(SyntaxKind.WhenKeyword) ? null : ParseExpression();
        var alternatives = new List<CaseAlternativeSyntax>();
        do
        {
            var alternativeStart = CurrentStart;
            MatchToken(SyntaxKind.WhenKeyword);
            var when = ParseExpression();
            MatchToken(SyntaxKind.ThenKeyword);
            var then = ParseExpression();
            alternatives.Add(new CaseAlternativeSyntax(SpanFrom(alternativeStart), when, then));
        }
        while (At(SyntaxKind.WhenKeyword));

        var otherwise = TryMatch(SyntaxKind.ElseKeyword) ? ParseExpression() : null;
        MatchToken(SyntaxKind.EndKeyword);
        return new CaseExpressionSyntax(SpanFrom(start), subject, alternatives, otherwise);
    }

    private ExistsSubquerySyntax ParseExistsSubquery()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.ExistsKeyword);
        MatchToken(SyntaxKind.OpenBraceToken);
        QuerySyntax? query = null;
        PatternSyntax? pattern = null;
        ExpressionSyntax? where = null;
        if (IsClauseStart())
        {
            query = ParseQuery(CurrentStart, QueryPrefix.None);
        }
        else
        {
            pattern = ParsePattern();
            where = ParseOptionalWhere();
        }

        MatchToken(SyntaxKind.CloseBraceToken);
        return new ExistsSubquerySyntax(SpanFrom(start), query, pattern, where);
    }

    private QuantifierExpressionSyntax ParseQuantifier(Quantifier quantifier)
    {
        var start = CurrentStart;
        NextToken();
        MatchToken(SyntaxKind.OpenParenthesisToken);
        var variable = ParseVariable();
        MatchToken(SyntaxKind.InKeyword);
        var source = ParseExpression();
        var where = ParseOptionalWhere();
        MatchToken(SyntaxKind.CloseParenthesisToken);
        return new QuantifierExpressionSyntax(SpanFrom(start), quantifier, variable, source, where);
    }

    private ReduceExpressionSyntax ParseReduce()
    {
        var start = CurrentStart;
        NextToken();
        MatchToken(SyntaxKind.OpenParenthesisToken);
        var accumulator = ParseVariable();
        MatchToken(SyntaxKind.EqualsToken);
        var initial = ParseExpression();
        MatchToken(SyntaxKind.CommaToken);
        var variable = ParseVariable();
        MatchToken(SyntaxKind.InKeyword);
        var source = ParseExpression();
        MatchToken(SyntaxKind.PipeToken);
        var step = ParseExpression();
        MatchToken(SyntaxKind.CloseParenthesisToken);
        return new ReduceExpressionSyntax(SpanFrom(start), accumulator, initial, variable, source, step);
    }
}
