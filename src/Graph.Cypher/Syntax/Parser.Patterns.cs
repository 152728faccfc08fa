namespace Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    private PatternSyntax ParsePattern()
    {
        var start = CurrentStart;
        var parts = new List<PatternPartSyntax>();
        do
        {
            parts.Add(ParsePatternPart());
        }
        while (TryMatch(SyntaxKind.CommaToken));
        return new PatternSyntax(SpanFrom(start), parts);
    }

    private PatternPartSyntax ParsePatternPart()
    {
        var start = CurrentStart;
        VariableSyntax? pathVariable = null;
        if (IsVariableName(Current) && Peek(1).Kind == SyntaxKind.EqualsToken)
        {
            pathVariable = ParseVariable();
            NextToken();
        }

        var element = ParsePatternElement();
        return new PatternPartSyntax(SpanFrom(start), pathVariable, element);
    }

    private PatternElementSyntax ParsePatternElement()
    {
        var isShortest = IsFunctionName("shortestPath");
        if (!isShortest && !IsFunctionName("allShortestPaths"))
        {
            return ParsePathPattern();
        }

        var start = CurrentStart;
        NextToken();
        MatchToken(SyntaxKind.OpenParenthesisToken);
        var path = ParsePathPattern();
        MatchToken(SyntaxKind.CloseParenthesisToken);
        return new ShortestPathPatternSyntax(SpanFrom(start), !isShortest, path);
    }

    private bool IsFunctionName(string name) =>
        At(SyntaxKind.IdentifierToken)
        && string.Equals(Current.Text, name, StringComparison.OrdinalIgnoreCase)
        && Peek(1).Kind == SyntaxKind.OpenParenthesisToken;

    private PathPatternSyntax ParsePathPattern()
    {
        var start = CurrentStart;
        var first = ParseNodePattern();
        var steps = new List<PatternStepSyntax>();
        while (At(SyntaxKind.MinusToken) || (At(SyntaxKind.LessToken) && Peek(1).Kind == SyntaxKind.MinusToken))
        {
            var stepStart = CurrentStart;
            var relationship = ParseRelationshipPattern();
            var node = ParseNodePattern();
            steps.Add(new PatternStepSyntax(SpanFrom(stepStart), relationship, node));
        }

        return new PathPatternSyntax(SpanFrom(start), first, steps);
    }

    private NodePatternSyntax ParseNodePattern()
    {
        var start = CurrentStart;
        if (!At(SyntaxKind.OpenParenthesisToken))
        {
            if (ShouldReport())
            {
                diagnostics.ReportExpectedPattern(Current);
            }

            return new NodePatternSyntax(SpanFrom(start), null, [], null, null);
        }

        NextToken();
        var variable = IsVariableName(Current) ? ParseVariable() : null;
        var labels = ParseLabels();
        var properties = ParseOptionalProperties();
        var where = ParseOptionalWhere();
        MatchToken(SyntaxKind.CloseParenthesisToken);
        return new NodePatternSyntax(SpanFrom(start), variable, labels, properties, where);
    }

    private RelationshipPatternSyntax ParseRelationshipPattern()
    {
        var start = CurrentStart;
        var pointsLeft = TryMatch(SyntaxKind.LessToken);
        MatchToken(SyntaxKind.MinusToken);
        VariableSyntax? variable = null;
        List<SyntaxToken> types = [];
        VariableLengthSyntax? length = null;
        ExpressionSyntax? properties = null;
        ExpressionSyntax? where = null;
        if (TryMatch(SyntaxKind.OpenBracketToken))
        {
            variable = IsVariableName(Current) ? ParseVariable() : null;
            types = ParseRelationshipTypes();
            length = ParseOptionalVariableLength();
            properties = ParseOptionalProperties();
            where = ParseOptionalWhere();
            MatchToken(SyntaxKind.CloseBracketToken);
        }

        MatchToken(SyntaxKind.MinusToken);
        var pointsRight = TryMatch(SyntaxKind.GreaterToken);
        var direction = (pointsLeft, pointsRight) switch
        {
            (true, true) => RelationshipDirection.Both,
            (true, false) => RelationshipDirection.Incoming,
            (false, true) => RelationshipDirection.Outgoing,
            _ => RelationshipDirection.Undirected,
        };
        return new RelationshipPatternSyntax(SpanFrom(start), direction, variable, types, length, properties, where);
    }

    private List<SyntaxToken> ParseLabels()
    {
        var labels = new List<SyntaxToken>();
        while (TryMatch(SyntaxKind.ColonToken))
        {
            labels.Add(MatchName());
        }

        return labels;
    }

    // [:A|B] and the older [:A|:B] both list alternatives.
    private List<SyntaxToken> ParseRelationshipTypes()
    {
        var types = new List<SyntaxToken>();
        if (!TryMatch(SyntaxKind.ColonToken))
        {
            return types;
        }

        types.Add(MatchName());
        while (TryMatch(SyntaxKind.PipeToken))
        {
            TryMatch(SyntaxKind.ColonToken);
            types.Add(MatchName());
        }

        return types;
    }

    private VariableLengthSyntax? ParseOptionalVariableLength()
    {
        var start = CurrentStart;
        if (!TryMatch(SyntaxKind.StarToken))
        {
            return null;
        }

        var minimum = At(SyntaxKind.IntegerToken) ? ParseLiteral() : null;
        var isRange = TryMatch(SyntaxKind.DotDotToken);
        var maximum = isRange && At(SyntaxKind.IntegerToken) ? ParseLiteral() : null;
        return new VariableLengthSyntax(SpanFrom(start), minimum, maximum, isRange);
    }

    private ExpressionSyntax? ParseOptionalProperties() => Current.Kind switch
    {
        SyntaxKind.OpenBraceToken => ParseMapLiteral(),
        SyntaxKind.ParameterToken => ParseParameter(),
        _ => null,
    };

    /// <summary>
    /// Whether the parenthesis at the offset opens a relationship pattern rather than a parenthesised expression:
    /// after its matching ')' must come '-' '[' , '-' '-' or '&lt;' '-'. Nothing is consumed.
    /// </summary>
    private bool IsRelationshipPatternAt(int offset)
    {
        if (Peek(offset).Kind != SyntaxKind.OpenParenthesisToken)
        {
            return false;
        }

        var close = FindClosingParenthesis(offset);
        if (close < 0)
        {
            return false;
        }

        var next = Peek(close + 1).Kind;
        var afterNext = Peek(close + 2).Kind;
        return (next == SyntaxKind.MinusToken && afterNext is SyntaxKind.OpenBracketToken or SyntaxKind.MinusToken)
            || (next == SyntaxKind.LessToken && afterNext == SyntaxKind.MinusToken);
    }

    private int FindClosingParenthesis(int offset)
    {
        var depth = 0;
        for (var index = offset; position + index < tokens.Count; index++)
        {
            switch (Peek(index).Kind)
            {
                case SyntaxKind.OpenParenthesisToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken:
                    depth++;
                    break;
                case SyntaxKind.CloseParenthesisToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken:
                    depth--;
                    if (depth == 0)
                    {
                        return index;
                    }

                    break;
                case SyntaxKind.EndOfFileToken:
                    return -1;
            }
        }

        return -1;
    }
}
