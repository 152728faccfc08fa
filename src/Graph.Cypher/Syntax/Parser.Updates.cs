namespace Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    private SetClauseSyntax ParseSetClause()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.SetKeyword);
        var items = ParseSetItems();
        return new SetClauseSyntax(SpanFrom(start), items);
    }

    private List<SetItemSyntax> ParseSetItems()
    {
        var items = new List<SetItemSyntax>();
        do
        {
            items.Add(ParseSetItem());
        }
        while (TryMatch(SyntaxKind.CommaToken));
        return items;
    }

    // The target is read as a postfix expression, whose shape tells the item apart: n.key, n, or n:Label.
    private SetItemSyntax ParseSetItem()
    {
        var start = CurrentStart;
        var target = ParsePostfixExpression();
        if (target is LabelPredicateSyntax { Target: VariableSyntax labelled } labels)
        {
            return new SetLabelsSyntax(SpanFrom(start), labelled, labels.Labels);
        }

        if (target is VariableSyntax variable && At(SyntaxKind.PlusEqualsToken))
        {
            NextToken();
            var merged = ParseExpression();
            return new SetVariableSyntax(SpanFrom(start), variable, true, merged);
        }

        MatchToken(SyntaxKind.EqualsToken);
        var value = ParseExpression();
        return target switch
        {
            VariableSyntax replaced => new SetVariableSyntax(SpanFrom(start), replaced, false, value),
            PropertyAccessSyntax property => new SetPropertySyntax(SpanFrom(start), property, value),
            _ => new SetPropertySyntax(SpanFrom(start), InvalidUpdateTarget(target, "SET"), value),
        };
    }

    // An unusable target is reported and kept as a property access with a missing key, so the item keeps its shape.
    private PropertyAccessSyntax InvalidUpdateTarget(ExpressionSyntax target, string clause)
    {
        diagnostics.ReportInvalidUpdateTarget(target.Span, clause);
        return new PropertyAccessSyntax(target.Span, target, Missing(SyntaxKind.IdentifierToken));
    }

    private RemoveClauseSyntax ParseRemoveClause()
    {
        var start = CurrentStart;
        MatchToken(SyntaxKind.RemoveKeyword);
        var items = new List<RemoveItemSyntax>();
        do
        {
            items.Add(ParseRemoveItem());
        }
        while (TryMatch(SyntaxKind.CommaToken));
        return new RemoveClauseSyntax(SpanFrom(start), items);
    }

    private RemoveItemSyntax ParseRemoveItem()
    {
        var start = CurrentStart;
        var target = ParsePostfixExpression();
        switch (target)
        {
            case LabelPredicateSyntax { Target: VariableSyntax variable } labels:
                return new RemoveLabelsSyntax(SpanFrom(start), variable, labels.Labels);
            case PropertyAccessSyntax property:
                return new RemovePropertySyntax(SpanFrom(start), property);
            default:
                return new RemovePropertySyntax(SpanFrom(start), InvalidUpdateTarget(target, "REMOVE"));
        }
    }
}
