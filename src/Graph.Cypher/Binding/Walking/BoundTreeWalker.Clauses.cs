namespace Graph.Cypher.Binding;

public static partial class BoundTreeWalker
{
    /// <summary>The top-level expressions of a clause, each with its place.</summary>
    public static IEnumerable<ClauseExpression> Expressions(BoundClause clause) => clause switch
    {
        BoundMatch match => PatternAndPredicate(match.Pattern, match.Predicate),
        BoundOptionalMatch match => PatternAndPredicate(match.Pattern, match.Predicate),
        BoundUnwind unwind => [new(unwind.Expression, ExpressionPlace.Unwind)],
        BoundWith with => [.. Projection(with.Projection), .. Place([with.Predicate], ExpressionPlace.Predicate)],
        BoundReturn returned => Projection(returned.Projection),
        BoundCreate create => Place(create.Pattern.Parts.SelectMany(PatternExpressions), ExpressionPlace.PatternProperties),
        BoundMerge merge => [
            .. Place(PatternExpressions(merge.Pattern), ExpressionPlace.PatternProperties),
            .. merge.OnCreate.Concat(merge.OnMatch).SelectMany(SetItemExpressions)],
        BoundSet set => set.Items.SelectMany(SetItemExpressions),
        BoundRemove remove => Place(remove.Items.Select(item => item switch
        {
            BoundRemoveProperty property => property.Target,
            BoundRemoveLabels labels => labels.Target,
            _ => null,
        }), ExpressionPlace.Update),
        BoundDelete delete => Place(delete.Expressions, ExpressionPlace.Delete),
        BoundCall call => [.. Place(call.Arguments ?? [], ExpressionPlace.CallArgument), .. Place([call.Predicate], ExpressionPlace.Predicate)],
        _ => [],
    };

    private static IEnumerable<ClauseExpression> PatternAndPredicate(BoundPattern pattern, BoundExpression? predicate) =>
        [.. Place(pattern.Parts.SelectMany(PatternExpressions), ExpressionPlace.PatternProperties), .. Place([predicate], ExpressionPlace.Predicate)];

    private static IEnumerable<ClauseExpression> Projection(BoundProjection projection) =>
    [
        .. projection.Items.Select(item => new ClauseExpression(item.Expression, ExpressionPlace.ProjectionItem)),
        .. projection.OrderBy.Select(sort => new ClauseExpression(sort.Expression, ExpressionPlace.OrderBy)),
        .. Place([projection.Skip], ExpressionPlace.Skip),
        .. Place([projection.Limit], ExpressionPlace.Limit),
    ];

    private static IEnumerable<ClauseExpression> SetItemExpressions(BoundSetItem item) => item switch
    {
        BoundSetProperty property => Place([property.Target, property.Value], ExpressionPlace.Update),
        BoundSetProperties properties => Place([properties.Target, properties.Value], ExpressionPlace.Update),
        BoundSetLabels labels => Place([labels.Target], ExpressionPlace.Update),
        _ => [],
    };

    private static IEnumerable<ClauseExpression> Place(IEnumerable<BoundExpression?> expressions, ExpressionPlace place) =>
        expressions.OfType<BoundExpression>().Select(expression => new ClauseExpression(expression, place));
}
