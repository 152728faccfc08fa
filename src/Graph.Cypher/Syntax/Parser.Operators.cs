namespace Graph.Cypher.Syntax;

/// <summary>
/// Binary operators by precedence, loosest first: OR, XOR, AND, NOT, comparisons (chainable), string/list/null
/// predicates, + -, * / %, ^, unary + -, then postfix property, index and label access.
/// </summary>
internal sealed partial class Parser
{
    private ExpressionSyntax ParseExpression() => Nested(ParseOr);

    private ExpressionSyntax ParseOr() =>
        ParseLeftAssociative(ParseXor, kind => kind == SyntaxKind.OrKeyword ? BinaryOperator.Or : null);

    private ExpressionSyntax ParseXor() =>
        ParseLeftAssociative(ParseAnd, kind => kind == SyntaxKind.XorKeyword ? BinaryOperator.Xor : null);

    private ExpressionSyntax ParseAnd() =>
        ParseLeftAssociative(ParseNot, kind => kind == SyntaxKind.AndKeyword ? BinaryOperator.And : null);

    private ExpressionSyntax ParseNot()
    {
        if (!At(SyntaxKind.NotKeyword))
        {
            return ParseComparison();
        }

        var start = CurrentStart;
        NextToken();
        var operand = Nested(ParseNot);
        return new UnaryExpressionSyntax(SpanFrom(start), UnaryOperator.Not, operand);
    }

    private ExpressionSyntax ParseComparison()
    {
        var start = CurrentStart;
        var first = ParsePredicates();
        var operands = new List<ExpressionSyntax> { first };
        var operators = new List<BinaryOperator>();
        while (ComparisonOperator(Current.Kind) is { } comparison)
        {
            NextToken();
            operators.Add(comparison);
            operands.Add(ParsePredicates());
        }

        return operators.Count switch
        {
            0 => first,
            1 => new BinaryExpressionSyntax(SpanFrom(start), first, operators[0], operands[1]),
            _ => new ComparisonChainSyntax(SpanFrom(start), operands, operators),
        };
    }

    // x STARTS WITH y, x ENDS WITH y, x CONTAINS y, x =~ y, x IN y, x IS [NOT] NULL, any number in a row.
    private ExpressionSyntax ParsePredicates()
    {
        var start = CurrentStart;
        var left = ParseAdditive();
        while (true)
        {
            if (At(SyntaxKind.IsKeyword))
            {
                NextToken();
                var isNegated = TryMatch(SyntaxKind.NotKeyword);
                MatchToken(SyntaxKind.NullKeyword);
                left = new IsNullExpressionSyntax(SpanFrom(start), left, isNegated);
                continue;
            }

            if (PredicateOperator() is not { } predicate)
            {
                return left;
            }

            var right = ParseAdditive();
            left = new BinaryExpressionSyntax(SpanFrom(start), left, predicate, right);
        }
    }

    private BinaryOperator? PredicateOperator()
    {
        BinaryOperator? predicate = Current.Kind switch
        {
            SyntaxKind.StartsKeyword => BinaryOperator.StartsWith,
            SyntaxKind.EndsKeyword => BinaryOperator.EndsWith,
            SyntaxKind.ContainsKeyword => BinaryOperator.Contains,
            SyntaxKind.RegexMatchToken => BinaryOperator.RegexMatch,
            SyntaxKind.InKeyword => BinaryOperator.In,
            _ => null,
        };
        if (predicate is null)
        {
            return null;
        }

        NextToken();
        if (predicate is BinaryOperator.StartsWith or BinaryOperator.EndsWith)
        {
            MatchToken(SyntaxKind.WithKeyword);
        }

        return predicate;
    }

    private ExpressionSyntax ParseAdditive() => ParseLeftAssociative(ParseMultiplicative, kind => kind switch
    {
        SyntaxKind.PlusToken => BinaryOperator.Add,
        SyntaxKind.MinusToken => BinaryOperator.Subtract,
        _ => null,
    });

    private ExpressionSyntax ParseMultiplicative() => ParseLeftAssociative(ParsePower, kind => kind switch
    {
        SyntaxKind.StarToken => BinaryOperator.Multiply,
        SyntaxKind.SlashToken => BinaryOperator.Divide,
        SyntaxKind.PercentToken => BinaryOperator.Modulo,
        _ => null,
    });

    private ExpressionSyntax ParsePower() =>
        ParseLeftAssociative(ParseUnary, kind => kind == SyntaxKind.CaretToken ? BinaryOperator.Power : null);

    private ExpressionSyntax ParseUnary()
    {
        var unary = Current.Kind switch
        {
            SyntaxKind.MinusToken => UnaryOperator.Negate,
            SyntaxKind.PlusToken => UnaryOperator.Plus,
            _ => (UnaryOperator?)null,
        };
        if (unary is null)
        {
            return ParsePostfixExpression();
        }

        var start = CurrentStart;
        NextToken();
        if (unary == UnaryOperator.Negate && At(SyntaxKind.IntegerToken, SyntaxKind.FloatToken) && !IsPostfixOperator(Peek(1).Kind))
        {
            return ParseNegativeNumberLiteral(start);
        }

        var operand = Nested(ParseUnary);
        return new UnaryExpressionSyntax(SpanFrom(start), unary.Value, operand);
    }

    private ExpressionSyntax ParseLeftAssociative(Func<ExpressionSyntax> parseOperand, Func<SyntaxKind, BinaryOperator?> operatorFor)
    {
        var start = CurrentStart;
        var left = parseOperand();
        while (operatorFor(Current.Kind) is { } binary)
        {
            NextToken();
            var right = parseOperand();
            left = new BinaryExpressionSyntax(SpanFrom(start), left, binary, right);
        }

        return left;
    }

    private static BinaryOperator? ComparisonOperator(SyntaxKind kind) => kind switch
    {
        SyntaxKind.EqualsToken => BinaryOperator.Equal,
        SyntaxKind.NotEqualsToken => BinaryOperator.NotEqual,
        SyntaxKind.LessToken => BinaryOperator.Less,
        SyntaxKind.LessOrEqualsToken => BinaryOperator.LessOrEqual,
        SyntaxKind.GreaterToken => BinaryOperator.Greater,
        SyntaxKind.GreaterOrEqualsToken => BinaryOperator.GreaterOrEqual,
        _ => null,
    };

    private static bool IsPostfixOperator(SyntaxKind kind) =>
        kind is SyntaxKind.DotToken or SyntaxKind.OpenBracketToken or SyntaxKind.ColonToken;
}
