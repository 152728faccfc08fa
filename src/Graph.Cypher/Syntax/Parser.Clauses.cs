namespace Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    private MatchClauseSyntax ParseMatchClause()
    {
        var start = CurrentStart;
        var isOptional = TryMatch(SyntaxKind.OptionalKeyword);
        MatchToken(SyntaxKind.MatchKeyword);
        var pattern = ParsePattern();
        var where = ParseOptionalWhere();
        return new MatchClauseSyntax(SpanFrom(start), isOptional, pattern, where);
    }

    private UnwindClauseSyntax ParseUnwindClause()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.UnwindKeyword);
        var expression = ParseExpression();
        MatchToken(SyntaxKind.AsKeyword);
        var variable = ParseVariable();
        return new UnwindClauseSyntax(SpanFrom(start), expression, variable);
    }

    private CreateClauseSyntax ParseCreateClause()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.CreateKeyword);
        var pattern = ParsePattern();
        return new CreateClauseSyntax(SpanFrom(start), pattern);
    }

    private MergeClauseSyntax ParseMergeClause()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.MergeKeyword);
        var pattern = ParsePatternPart();
        var actions = new List<MergeActionSyntax>();
        while (At(SyntaxKind.OnKeyword))
        {
            var actionStart = CurrentStart;
            NextToken();
            var isOnCreate = At(SyntaxKind.CreateKeyword);
            if (!TryMatch(SyntaxKind.CreateKeyword))
            {
                MatchToken(SyntaxKind.MatchKeyword);
            }

            MatchToken(SyntaxKind.SetKeyword);
            var items = ParseSetItems();
            actions.Add(new MergeActionSyntax(SpanFrom(actionStart), isOnCreate, items));
        }

        return new MergeClauseSyntax(SpanFrom(start), pattern, actions);
    }

    private DeleteClauseSyntax ParseDeleteClause()
    {
        var start = CurrentStart;
        var isDetach = TryMatch(SyntaxKind.DetachKeyword);
        MatchToken(SyntaxKind.DeleteKeyword);
        var expressions = ParseExpressionList();
        return new DeleteClauseSyntax(SpanFrom(start), isDetach, expressions);
    }

    private CallClauseSyntax ParseCallClause()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.CallKeyword);
        var nameParts = ParseQualifiedName();
        IReadOnlyList<ExpressionSyntax>? arguments = null;
        if (TryMatch(SyntaxKind.OpenParenthesisToken))
        {
            arguments = At(SyntaxKind.CloseParenthesisToken) ? [] : ParseExpressionList();
            MatchToken(SyntaxKind.CloseParenthesisToken);
        }

        var yieldsAll = false;
        var yieldItems = new List<YieldItemSyntax>();
        ExpressionSyntax? where = null;
        if (TryMatch(SyntaxKind.YieldKeyword))
        {
            yieldsAll = TryMatch(SyntaxKind.StarToken);
            if (!yieldsAll)
            {
                do
                {
                    yieldItems.Add(ParseYieldItem());
                }
                while (TryMatch(SyntaxKind.CommaToken));
                where = ParseOptionalWhere();
            }
        }

        return new CallClauseSyntax(SpanFrom(start), nameParts, arguments, yieldsAll, yieldItems, where);
    }

    private YieldItemSyntax ParseYieldItem()
    {
        var start = CurrentStart;
        var field = MatchName();
        var alias = TryMatch(SyntaxKind.AsKeyword) ? ParseVariable() : null;
        return new YieldItemSyntax(SpanFrom(start), field, alias);
    }

    private ExpressionSyntax? ParseOptionalWhere() =>
        TryMatch(SyntaxKind.WhereKeyword) ? ParseExpression() : null;

    private List<ExpressionSyntax> ParseExpressionList()
    {
        var expressions = new List<ExpressionSyntax>();
        do
        {
            expressions.Add(ParseExpression());
        }
        while (TryMatch(SyntaxKind.CommaToken));
        return expressions;
    }
}
