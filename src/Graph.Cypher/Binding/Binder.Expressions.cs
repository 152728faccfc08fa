using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    private BoundExpression BindExpression(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => BindLiteral(literal),
        ParameterSyntax parameter => BindParameter(parameter),
        VariableSyntax variable => BindVariable(variable),
        PropertyAccessSyntax access => BindPropertyAccess(access),
        FunctionCallSyntax call => BindFunctionCall(call),
        CountStarSyntax countStar => BindCountStar(countStar),
        BinaryExpressionSyntax binary => BindBinary(binary),
        ComparisonChainSyntax chain => new BoundComparisonChain(
            chain.Span, CypherType.Boolean, [.. chain.Operands.Select(BindExpression)], chain.Operators),
        UnaryExpressionSyntax unary => BindUnary(unary),
        IsNullExpressionSyntax isNull => new BoundIsNull(isNull.Span, CypherType.Boolean, BindExpression(isNull.Operand), isNull.IsNegated),
        CaseExpressionSyntax caseExpression => BindCase(caseExpression),
        ListLiteralSyntax list => BindList(list),
        MapLiteralSyntax map => BindMap(map),
        MapProjectionSyntax projection => BindMapProjection(projection),
        IndexExpressionSyntax index => BindIndex(index),
        SliceExpressionSyntax slice => BindSlice(slice),
        LabelPredicateSyntax label => new BoundLabelPredicate(
            label.Span, CypherType.Boolean, BindExpression(label.Target), [.. label.Labels.Select(token => token.Name)]),
        ListComprehensionSyntax comprehension => BindListComprehension(comprehension),
        QuantifierExpressionSyntax quantifier => BindQuantifier(quantifier),
        ReduceExpressionSyntax reduce => BindReduce(reduce),
        PatternComprehensionSyntax comprehension => BindPatternComprehension(comprehension),
        PatternExpressionSyntax pattern => BindPatternPredicate(pattern),
        ExistsSubquerySyntax exists => BindExistsSubquery(exists),
        _ => throw new InvalidOperationException($"No binding for {expression.GetType().Name}."),
    };

    private static BoundLiteral BindLiteral(LiteralExpressionSyntax literal)
    {
        var type = literal.Value switch
        {
            long => CypherType.Integer,
            double => CypherType.Float,
            string => CypherType.String,
            bool => CypherType.Boolean,
            _ when literal.Token.Kind == SyntaxKind.IntegerToken => CypherType.Integer,
            _ => CypherType.Null,
        };
        return new BoundLiteral(literal.Span, type, literal.Value);
    }

    private BoundParameter BindParameter(ParameterSyntax parameter)
    {
        if (!parameters.Contains(parameter.Name))
        {
            parameters.Add(parameter.Name);
        }

        return new BoundParameter(parameter.Span, CypherType.Any, parameter.Name);
    }

    private BoundVariableReference BindVariable(VariableSyntax variable)
    {
        if (scope.TryLookup(variable.Name, out var symbol))
        {
            return new BoundVariableReference(variable.Span, symbol.Type, symbol);
        }

        if (!IsMissing(variable))
        {
            diagnostics.ReportUndefinedVariable(variable.Span, variable.Name);
        }

        var undefined = new VariableSymbol(variable.Name, SymbolKind.Value, CypherType.Any, variable.Span);
        return new BoundVariableReference(variable.Span, CypherType.Any, undefined);
    }

    // Properties of nodes and relationships hold only storable values; a map's entries may be anything.
    private BoundPropertyAccess BindPropertyAccess(PropertyAccessSyntax access)
    {
        var target = BindExpression(access.Target);
        var type = target.Type.IsGraphElement ? CypherType.Property : CypherType.Any;
        return new BoundPropertyAccess(access.Span, type, target, access.Property.Name);
    }

    private BoundCase BindCase(CaseExpressionSyntax caseExpression)
    {
        var subject = caseExpression.Subject is null ? null : BindExpression(caseExpression.Subject);
        var alternatives = caseExpression.Alternatives
            .Select(alternative => new BoundCaseAlternative(alternative.Span, BindExpression(alternative.When), BindExpression(alternative.Then)))
            .ToList();
        var otherwise = caseExpression.Else is null ? null : BindExpression(caseExpression.Else);
        var type = alternatives.Select(alternative => alternative.Then.Type)
            .Append(otherwise?.Type ?? CypherType.Null)
            .Aggregate(CypherType.Null, (joined, next) => joined.Join(next));
        return new BoundCase(caseExpression.Span, type, subject, alternatives, otherwise);
    }
}
