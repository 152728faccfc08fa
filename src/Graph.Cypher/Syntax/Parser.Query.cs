namespace Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    /// <summary>[EXPLAIN | PROFILE] query [;] followed by the end of the input.</summary>
    public QuerySyntax ParseStatement()
    {
        var start = CurrentStart;
        var prefix = QueryPrefix.None;
        if (TryMatch(SyntaxKind.ExplainKeyword))
        {
            prefix = QueryPrefix.Explain;
        }
        else if (TryMatch(SyntaxKind.ProfileKeyword))
        {
            prefix = QueryPrefix.Profile;
        }

        if (At(SyntaxKind.EndOfFileToken))
        {
            diagnostics.ReportEmptyQuery(Current.Span);
        }

        var query = ParseQuery(start, prefix);
        TryMatch(SyntaxKind.SemicolonToken);
        if (!At(SyntaxKind.EndOfFileToken))
        {
            ReportUnexpected("end of input");
        }

        return query;
    }

    private QuerySyntax ParseQuery(int start, QueryPrefix prefix)
    {
        var first = ParseSingleQuery();
        var unions = new List<UnionSyntax>();
        while (At(SyntaxKind.UnionKeyword))
        {
            var unionStart = CurrentStart;
            NextToken();
            var isAll = TryMatch(SyntaxKind.AllKeyword);
            var query = ParseSingleQuery();
            unions.Add(new UnionSyntax(SpanFrom(unionStart), isAll, query));
        }

        return new QuerySyntax(SpanFrom(start), prefix, first, unions);
    }

    private SingleQuerySyntax ParseSingleQuery()
    {
        var start = CurrentStart;
        var clauses = new List<ClauseSyntax>();
        while (!IsQueryEnd())
        {
            if (IsClauseStart())
            {
                clauses.Add(ParseClause());
            }
            else
            {
                SkipToNextClause();
            }
        }

        if (clauses.Count == 0 && !At(SyntaxKind.EndOfFileToken) && ShouldReport())
        {
            diagnostics.ReportExpectedClause(Current);
        }

        return new SingleQuerySyntax(SpanFrom(start), clauses);
    }

    private bool IsQueryEnd() => At(
        SyntaxKind.EndOfFileToken,
        SyntaxKind.UnionKeyword,
        SyntaxKind.SemicolonToken,
        SyntaxKind.CloseBraceToken);

    private bool IsClauseStart() => At(
        SyntaxKind.MatchKeyword,
        SyntaxKind.OptionalKeyword,
        SyntaxKind.UnwindKeyword,
        SyntaxKind.WithKeyword,
        SyntaxKind.ReturnKeyword,
        SyntaxKind.CreateKeyword,
        SyntaxKind.MergeKeyword,
        SyntaxKind.SetKeyword,
        SyntaxKind.RemoveKeyword,
        SyntaxKind.DeleteKeyword,
        SyntaxKind.DetachKeyword,
        SyntaxKind.CallKeyword);

    // Recovery: report the stray token once, then drop tokens until something a clause can start with.
    private void SkipToNextClause()
    {
        if (ShouldReport())
        {
            diagnostics.ReportExpectedClause(Current);
        }

        while (!IsQueryEnd() && !IsClauseStart())
        {
            NextToken();
        }
    }

    private ClauseSyntax ParseClause() => Current.Kind switch
    {
        SyntaxKind.MatchKeyword or SyntaxKind.OptionalKeyword => ParseMatchClause(),
        SyntaxKind.UnwindKeyword => ParseUnwindClause(),
        SyntaxKind.WithKeyword => ParseWithClause(),
        SyntaxKind.ReturnKeyword => ParseReturnClause(),
        SyntaxKind.CreateKeyword => ParseCreateClause(),
        SyntaxKind.MergeKeyword => ParseMergeClause(),
        SyntaxKind.SetKeyword => ParseSetClause(),
        SyntaxKind.RemoveKeyword => ParseRemoveClause(),
        SyntaxKind.CallKeyword => ParseCallClause(),
        _ => ParseDeleteClause(),
    };
}
