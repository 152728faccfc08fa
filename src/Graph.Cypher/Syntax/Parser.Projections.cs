namespace Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    private WithClauseSyntax ParseWithClause()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.WithKeyword);
        var projection = ParseProjectionBody();
        var where = ParseOptionalWhere();
        return new WithClauseSyntax(SpanFrom(start), projection, where);
    }

    private ReturnClauseSyntax ParseReturnClause()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.ReturnKeyword);
        var projection = ParseProjectionBody();
        return new ReturnClauseSyntax(SpanFrom(start), projection);
    }

    private ProjectionBodySyntax ParseProjectionBody()
    {
        var start = CurrentStart;
        var isDistinct = TryMatch(SyntaxKind.DistinctKeyword);
        var includesExisting = TryMatch(SyntaxKind.StarToken);
        var items = new List<ProjectionItemSyntax>();
        if (!includesExisting || TryMatch(SyntaxKind.CommaToken))
        {
            do
            {
                items.Add(ParseProjectionItem());
            }
            while (TryMatch(SyntaxKind.CommaToken));
        }

        var orderBy = ParseOrderBy();
        var skip = TryMatch(SyntaxKind.SkipKeyword) ? ParseExpression() : null;
        var limit = TryMatch(SyntaxKind.LimitKeyword) ? ParseExpression() : null;
        return new ProjectionBodySyntax(SpanFrom(start), isDistinct, includesExisting, items, orderBy, skip, limit);
    }

    private ProjectionItemSyntax ParseProjectionItem()
    {
        var start = CurrentStart;
        var expression = ParseExpression();
        var alias = TryMatch(SyntaxKind.AsKeyword) ? ParseVariable() : null;
        return new ProjectionItemSyntax(SpanFrom(start), expression, alias);
    }

    private List<SortItemSyntax> ParseOrderBy()
    {
        var items = new List<SortItemSyntax>();
        if (!TryMatch(SyntaxKind.OrderKeyword))
        {
            return items;
        }

        MatchToken(SyntaxKind.ByKeyword);
        do
        {
            var start = CurrentStart;
            var expression = ParseExpression();
            var isDescending = At(SyntaxKind.DescKeyword, SyntaxKind.DescendingKeyword);
            if (isDescending || At(SyntaxKind.AscKeyword, SyntaxKind.AscendingKeyword))
            {
                NextToken();
            }

            items.Add(new SortItemSyntax(SpanFrom(start), expression, isDescending));
        }
        while (TryMatch(SyntaxKind.CommaToken));
        return items;
    }
}
