namespace Graph.Cypher.Binding;

/// <summary>Ways to walk the bound tree that several rules share.</summary>
public static partial class BoundTreeWalker
{
    /// <summary>The expression and everything below it, parents first; subqueries' own clauses are not entered.</summary>
    public static IEnumerable<BoundExpression> DescendantsAndSelf(BoundExpression expression)
    {
        var stack = new Stack<BoundExpression>();
        stack.Push(expression);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in Children(current).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    public static bool ContainsAggregate(BoundExpression expression) =>
        DescendantsAndSelf(expression).Any(node => node is BoundAggregate);

    /// <summary>Every single query of a query part: both sides of unions and the bodies of EXISTS { } subqueries.</summary>
    public static IEnumerable<BoundSingleQuery> SingleQueries(BoundQueryPart part)
    {
        var single = part switch
        {
            BoundUnion union => [.. SingleQueries(union.Left), .. SingleQueries(union.Right)],
            BoundSingleQuery query => new List<BoundSingleQuery> { query },
            _ => [],
        };
        foreach (var query in single)
        {
            yield return query;
            var nested = query.Clauses
                .SelectMany(Expressions)
                .SelectMany(expression => DescendantsAndSelf(expression.Expression))
                .OfType<BoundExistsSubquery>()
                .Where(exists => exists.Query is not null);
            foreach (var subquery in nested.SelectMany(exists => SingleQueries(exists.Query!)))
            {
                yield return subquery;
            }
        }
    }

    public static IEnumerable<BoundExpression> PatternExpressions(BoundPatternPart part) =>
        part.Nodes.SelectMany(node => new[] { node.Properties, node.Predicate })
            .Concat(part.Relationships.SelectMany(relationship => new[] { relationship.Properties, relationship.Predicate }))
            .OfType<BoundExpression>();
}
