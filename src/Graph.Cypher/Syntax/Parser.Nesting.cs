namespace Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    // Each nesting level costs a dozen stack frames; past this depth the input is reported, not recursed into,
    // because a stack overflow would take the whole process down.
    private const int MaximumNesting = 200;

    private int nesting;

    private ExpressionSyntax Nested(Func<ExpressionSyntax> parse)
    {
        if (nesting >= MaximumNesting)
        {
            if (ShouldReport())
            {
                diagnostics.ReportNestingTooDeep(Current.Span, MaximumNesting);
            }

            SkipToEnd();
            var missing = Missing(SyntaxKind.IdentifierToken);
            return new VariableSyntax(missing.Span, missing);
        }

        nesting++;
        try
        {
            return parse();
        }
        finally
        {
            nesting--;
        }
    }

    // Nothing sensible can be recovered from inside such a nest; every enclosing rule then finds the input ended.
    private void SkipToEnd()
    {
        while (!At(SyntaxKind.EndOfFileToken))
        {
            NextToken();
        }
    }
}
