namespace Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    // '[' opens a list comprehension [x IN ...], a pattern comprehension [(a)-->(b) | ...] or a list literal.
    private ExpressionSyntax ParseBracketExpression()
    {
        if (IsVariableName(Peek(1)) && Peek(2).Kind == SyntaxKind.InKeyword)
        {
            return ParseListComprehension();
        }

        var isNamedPath = IsVariableName(Peek(1)) && Peek(2).Kind == SyntaxKind.EqualsToken;
        if (isNamedPath || IsRelationshipPatternAt(1))
        {
            return ParsePatternComprehension(isNamedPath);
        }

        return ParseListLiteral();
    }

    private ListLiteralSyntax ParseListLiteral()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.OpenBracketToken);
        List<ExpressionSyntax> items = At(SyntaxKind.CloseBracketToken) ? [] : ParseExpressionList();
        MatchToken(SyntaxKind.CloseBracketToken);
        return new ListLiteralSyntax(SpanFrom(start), items);
    }

    private ListComprehensionSyntax ParseListComprehension()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.OpenBracketToken);
        var variable = ParseVariable();
        MatchToken(SyntaxKind.InKeyword);
        var source = ParseExpression();
        var where = ParseOptionalWhere();
        var projection = TryMatch(SyntaxKind.PipeToken) ? ParseExpression() : null;
        MatchToken(SyntaxKind.CloseBracketToken);
        return new ListComprehensionSyntax(SpanFrom(start), variable, source, where, projection);
    }

    private PatternComprehensionSyntax ParsePatternComprehension(bool isNamedPath)
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.OpenBracketToken);
        VariableSyntax? pathVariable = null;
        if (isNamedPath)
        {
            pathVariable = ParseVariable();
            MatchToken(SyntaxKind.EqualsToken);
        }

        var pattern = ParsePathPattern();
        var where = ParseOptionalWhere();
        MatchToken(SyntaxKind.PipeToken);
        var projection = ParseExpression();
        MatchToken(SyntaxKind.CloseBracketToken);
        return new PatternComprehensionSyntax(SpanFrom(start), pathVariable, pattern, where, projection);
    }

    private MapLiteralSyntax ParseMapLiteral()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.OpenBraceToken);
        var entries = new List<MapEntrySyntax>();
        if (!At(SyntaxKind.CloseBraceToken))
        {
            do
            {
                var entryStart = CurrentStart;
                var key = MatchName();
                MatchToken(SyntaxKind.ColonToken);
                var value = ParseExpression();
                entries.Add(new MapEntrySyntax(SpanFrom(entryStart), key, value));
            }
            while (TryMatch(SyntaxKind.CommaToken));
        }

        MatchToken(SyntaxKind.CloseBraceToken);
        return new MapLiteralSyntax(SpanFrom(start), entries);
    }

    private MapProjectionSyntax ParseMapProjection(VariableSyntax subject)
    {
        var start = subject.Span.Start;
        MatchToken(SyntaxKind.OpenBraceToken);
        var items = new List<MapProjectionItemSyntax>();
        if (!At(SyntaxKind.CloseBraceToken))
        {
            do
            {
                items.Add(ParseMapProjectionItem());
            }
            while (TryMatch(SyntaxKind.CommaToken));
        }

        MatchToken(SyntaxKind.CloseBraceToken);
        return new MapProjectionSyntax(SpanFrom(start), subject, items);
    }

    private MapProjectionItemSyntax ParseMapProjectionItem()
    {
        var start = CurrentStart;
        if (TryMatch(SyntaxKind.DotToken))
        {
            if (TryMatch(SyntaxKind.StarToken))
            {
                return new AllPropertiesSelectorSyntax(SpanFrom(start));
            }

            var property = MatchName();
            return new PropertySelectorSyntax(SpanFrom(start), property);
        }

        if (IsSymbolicName(Current) && Peek(1).Kind == SyntaxKind.ColonToken)
        {
            var key = NextToken();
            NextToken();
            var value = ParseExpression();
            return new ProjectionEntrySyntax(SpanFrom(start), key, value);
        }

        var variable = ParseVariable();
        return new VariableSelectorSyntax(SpanFrom(start), variable);
    }
}
