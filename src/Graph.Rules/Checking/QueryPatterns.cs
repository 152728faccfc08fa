using Graph.Cypher.Binding;

namespace Graph.Rules.Checking;

/// <summary>Every pattern part of a bound query: MATCH, OPTIONAL MATCH, CREATE, MERGE, and patterns inside expressions (WHERE (a)-->(b), [(a)-->(b) | b], EXISTS { }).</summary>
public static class QueryPatterns
{
    public static IEnumerable<BoundSingleQuery> AllSingleQueries(BoundQuery query) => BoundTreeWalker.SingleQueries(query.Body);

    /// <summary>The single queries whose RETURN gives the result: the query itself, or each side of a UNION.</summary>
    public static IEnumerable<BoundSingleQuery> ResultQueries(BoundQueryPart part) => part switch
    {
        BoundUnion union => [.. ResultQueries(union.Left), .. ResultQueries(union.Right)],
        BoundSingleQuery single => [single],
        _ => [],
    };

    public static IEnumerable<BoundExpression> AllExpressions(BoundQuery query) =>
        AllSingleQueries(query)
            .SelectMany(single => single.Clauses)
            .SelectMany(BoundTreeWalker.Expressions)
            .SelectMany(expression => BoundTreeWalker.DescendantsAndSelf(expression.Expression));

    public static IEnumerable<BoundPatternPart> AllParts(BoundQuery query)
    {
        foreach (var clause in AllSingleQueries(query).SelectMany(single => single.Clauses))
        {
            var parts = clause switch
            {
                BoundMatch match => match.Pattern.Parts,
                BoundOptionalMatch match => match.Pattern.Parts,
                BoundCreate create => create.Pattern.Parts,
                BoundMerge merge => [merge.Pattern],
                _ => [],
            };
            foreach (var part in parts)
            {
                yield return part;
            }
        }

        foreach (var expression in AllExpressions(query))
        {
            var parts = expression switch
            {
                BoundPatternPredicate predicate => [predicate.Pattern],
                BoundPatternComprehension comprehension => [comprehension.Pattern],
                BoundExistsSubquery { Pattern: { } pattern } => pattern.Parts,
                _ => [],
            };
            foreach (var part in parts)
            {
                yield return part;
            }
        }
    }
}
