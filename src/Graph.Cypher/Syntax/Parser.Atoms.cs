using System.Numerics;

namespace Graph.Cypher.Syntax;

internal sealed partial class Parser
{
    private ExpressionSyntax ParseAtom()
    {
        switch (Current.Kind)
        {
            case SyntaxKind.IntegerToken or SyntaxKind.FloatToken or SyntaxKind.StringToken
                or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.NullKeyword:
                return ParseLiteral();
            case SyntaxKind.ParameterToken:
                return ParseParameter();
            case SyntaxKind.OpenParenthesisToken:
                return IsRelationshipPatternAt(0) ? ParsePatternExpression() : ParseParenthesized();
            case SyntaxKind.OpenBracketToken:
                return ParseBracketExpression();
            case SyntaxKind.OpenBraceToken:
                return ParseMapLiteral();
            case SyntaxKind.CaseKeyword:
                return ParseCaseExpression();
            case SyntaxKind.ExistsKeyword when Peek(1).Kind == SyntaxKind.OpenBraceToken:
                return ParseExistsSubquery();
            case SyntaxKind.AllKeyword when Peek(1).Kind == SyntaxKind.OpenParenthesisToken:
                return ParseQuantifier(Quantifier.All);
            case SyntaxKind.ExistsKeyword when Peek(1).Kind == SyntaxKind.OpenParenthesisToken:
                return ParseFunctionCall();
            case SyntaxKind.IdentifierToken:
                return ParseNameExpression();
            default:
                return ParseMissingExpression();
        }
    }

    // A name starts a function call, a quantifier, reduce, count(*), a map projection or a variable.
    private ExpressionSyntax ParseNameExpression()
    {
        if (Peek(1).Kind == SyntaxKind.OpenParenthesisToken)
        {
            var name = Current.Text.ToLowerInvariant();
            var isIteration = IsVariableName(Peek(2)) && Peek(3).Kind == SyntaxKind.InKeyword;
            switch (name)
            {
                case "any" when isIteration:
                    return ParseQuantifier(Quantifier.Any);
                case "none" when isIteration:
                    return ParseQuantifier(Quantifier.None);
                case "single" when isIteration:
                    return ParseQuantifier(Quantifier.Single);
                case "reduce" when IsVariableName(Peek(2)) && Peek(3).Kind == SyntaxKind.EqualsToken:
                    return ParseReduce();
                case "count" when Peek(2).Kind == SyntaxKind.StarToken:
                    return ParseCountStar();
            }
        }

        if (IsFunctionCallAhead())
        {
            return ParseFunctionCall();
        }

        var variable = ParseVariable();
        return At(SyntaxKind.OpenBraceToken) ? ParseMapProjection(variable) : variable;
    }

    // name(, or ns.name( with any number of namespace parts.
    private bool IsFunctionCallAhead()
    {
        var offset = 1;
        while (Peek(offset).Kind == SyntaxKind.DotToken && IsSymbolicName(Peek(offset + 1)))
        {
            offset += 2;
        }

        return Peek(offset).Kind == SyntaxKind.OpenParenthesisToken;
    }

    private FunctionCallSyntax ParseFunctionCall()
    {
        var start = CurrentStart;
        var nameParts = ParseQualifiedName();
        MatchToken(SyntaxKind.OpenParenthesisToken);
        var isDistinct = TryMatch(SyntaxKind.DistinctKeyword);
        List<ExpressionSyntax> arguments = At(SyntaxKind.CloseParenthesisToken) ? [] : ParseExpressionList();
        MatchToken(SyntaxKind.CloseParenthesisToken);
        return new FunctionCallSyntax(SpanFrom(start), nameParts, isDistinct, arguments);
    }

    private CountStarSyntax ParseCountStar()
    {
        var start = CurrentStart;
        NextToken();
        MatchToken(SyntaxKind.OpenParenthesisToken);
        MatchToken(SyntaxKind.StarToken);
        MatchToken(SyntaxKind.CloseParenthesisToken);
        return new CountStarSyntax(SpanFrom(start));
    }

    private LiteralExpressionSyntax ParseLiteral()
    {
        var start = CurrentStart;
        var token = NextToken();
        var value = token.Kind switch
        {
            SyntaxKind.TrueKeyword => true,
            SyntaxKind.FalseKeyword => false,
            SyntaxKind.NullKeyword => null,
            _ => token.Value,
        };
        if (token.Kind == SyntaxKind.IntegerToken && value is BigInteger)
        {
            diagnostics.ReportIntegerOverflow(token.Span, token.Text);
            value = null;
        }

        return new LiteralExpressionSyntax(SpanFrom(start), token, value);
    }

    // A minus and a number make one literal: -9223372036854775808 is valid although 9223372036854775808 alone overflows.
    private LiteralExpressionSyntax ParseNegativeNumberLiteral(int start)
    {
        var token = NextToken();
        object? value = token.Value switch
        {
            long magnitude => -magnitude,
            double magnitude => -magnitude,
            BigInteger magnitude when -magnitude >= long.MinValue => (long)-magnitude,
            _ => null,
        };
        if (value is null && token.Value is BigInteger)
        {
            diagnostics.ReportIntegerOverflow(SpanFrom(start), "-" + token.Text);
        }

        return new LiteralExpressionSyntax(SpanFrom(start), token, value);
    }

    private ParameterSyntax ParseParameter()
    {
        var start = CurrentStart;
        var token = MatchToken(SyntaxKind.ParameterToken);
        return new ParameterSyntax(SpanFrom(start), token);
    }

    private ExpressionSyntax ParseParenthesized()
    {
        MatchToken(SyntaxKind.OpenParenthesisToken);
        var expression = ParseExpression();
        MatchToken(SyntaxKind.CloseParenthesisToken);
        return expression;
    }

    private PatternExpressionSyntax ParsePatternExpression()
    {
        var start = CurrentStart;
        var pattern = ParsePathPattern();
        return new PatternExpressionSyntax(SpanFrom(start), pattern);
    }

    // The missing expression is a variable with an empty name, so later stages see a tree of the usual shape.
    private VariableSyntax ParseMissingExpression()
    {
        if (ShouldReport())
        {
            diagnostics.ReportExpectedExpression(Current);
        }

        var missing = Missing(SyntaxKind.IdentifierToken);
        return new VariableSyntax(missing.Span, missing);
    }
}
