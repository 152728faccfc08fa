namespace Graph.Cypher.Binding;

/// <summary>
/// Rebuilds an expression bottom-up where <c>replace</c> offers a substitute: the substitute is kept as it is, every
/// other node is copied with its children rewritten. Nodes without expression children are returned unchanged.
/// </summary>
public static class BoundExpressionRewriter
{
    public static BoundExpression Rewrite(BoundExpression expression, Func<BoundExpression, BoundExpression?> replace)
    {
        if (replace(expression) is { } replacement)
        {
            return replacement;
        }

        BoundExpression Child(BoundExpression child) => Rewrite(child, replace);
        BoundExpression? Optional(BoundExpression? child) => child is null ? null : Rewrite(child, replace);
        List<BoundExpression> All(IEnumerable<BoundExpression> children) => [.. children.Select(Child)];

        return expression switch
        {
            BoundPropertyAccess access => access with { Target = Child(access.Target) },
            BoundFunctionCall call => call with { Arguments = All(call.Arguments) },
            BoundAggregate aggregate => aggregate with { Arguments = All(aggregate.Arguments) },
            BoundBinaryExpression binary => binary with { Left = Child(binary.Left), Right = Child(binary.Right) },
            BoundComparisonChain chain => chain with { Operands = All(chain.Operands) },
            BoundUnaryExpression unary => unary with { Operand = Child(unary.Operand) },
            BoundIsNull isNull => isNull with { Operand = Child(isNull.Operand) },
            BoundCase caseExpression => caseExpression with
            {
                Subject = Optional(caseExpression.Subject),
                Alternatives = [.. caseExpression.Alternatives.Select(alternative => alternative with { When = Child(alternative.When), Then = Child(alternative.Then) })],
                Else = Optional(caseExpression.Else),
            },
            BoundListLiteral list => list with { Items = All(list.Items) },
            BoundMapLiteral map => map with { Entries = [.. map.Entries.Select(entry => entry with { Value = Child(entry.Value) })] },
            BoundIndex index => index with { Target = Child(index.Target), Index = Child(index.Index) },
            BoundSlice slice => slice with { Target = Child(slice.Target), From = Optional(slice.From), To = Optional(slice.To) },
            BoundLabelPredicate label => label with { Target = Child(label.Target) },
            BoundListComprehension comprehension => comprehension with
            {
                Source = Child(comprehension.Source),
                Predicate = Optional(comprehension.Predicate),
                Projection = Optional(comprehension.Projection),
            },
            BoundQuantifier quantifier => quantifier with { Source = Child(quantifier.Source), Predicate = Optional(quantifier.Predicate) },
            BoundReduce reduce => reduce with { Initial = Child(reduce.Initial), Source = Child(reduce.Source), Step = Child(reduce.Step) },
            _ => expression,
        };
    }
}
