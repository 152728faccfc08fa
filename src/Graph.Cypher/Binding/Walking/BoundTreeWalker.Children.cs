namespace Graph.Cypher.Binding;

public static partial class BoundTreeWalker
{
    public static IEnumerable<BoundExpression> Children(BoundExpression expression) => expression switch
    {
        BoundPropertyAccess access => [access.Target],
        BoundFunctionCall call => call.Arguments,
        BoundAggregate aggregate => aggregate.Arguments,
        BoundBinaryExpression binary => [binary.Left, binary.Right],
        BoundComparisonChain chain => chain.Operands,
        BoundUnaryExpression unary => [unary.Operand],
        BoundIsNull isNull => [isNull.Operand],
        BoundCase caseExpression => Present(
            [caseExpression.Subject, .. caseExpression.Alternatives.SelectMany(alternative => new[] { alternative.When, alternative.Then }), caseExpression.Else]),
        BoundListLiteral list => list.Items,
        BoundMapLiteral map => map.Entries.Select(entry => entry.Value),
        BoundMapProjection projection => [projection.Subject, .. projection.Entries.Select(entry => entry.Value)],
        BoundIndex index => [index.Target, index.Index],
        BoundSlice slice => Present([slice.Target, slice.From, slice.To]),
        BoundLabelPredicate label => [label.Target],
        BoundListComprehension comprehension => Present([comprehension.Source, comprehension.Predicate, comprehension.Projection]),
        BoundQuantifier quantifier => Present([quantifier.Source, quantifier.Predicate]),
        BoundReduce reduce => [reduce.Initial, reduce.Source, reduce.Step],
        BoundPatternComprehension comprehension => [.. PatternExpressions(comprehension.Pattern), .. Present([comprehension.Predicate, comprehension.Projection])],
        BoundPatternPredicate pattern => PatternExpressions(pattern.Pattern),
        BoundExistsSubquery exists => [.. exists.Pattern?.Parts.SelectMany(PatternExpressions) ?? [], .. Present([exists.Predicate])],
        _ => [],
    };

    private static IEnumerable<BoundExpression> Present(IEnumerable<BoundExpression?> expressions) => expressions.OfType<BoundExpression>();
}
