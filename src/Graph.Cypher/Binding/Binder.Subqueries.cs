using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    private BoundPatternPredicate BindPatternPredicate(PatternExpressionSyntax pattern)
    {
        var previous = patternRelationships;
        patternRelationships = [];
        var part = BindPatternPart(null, pattern.Pattern, pattern.Span, PatternMode.Predicate);
        patternRelationships = previous;
        return new BoundPatternPredicate(pattern.Span, CypherType.Boolean, part);
    }

    private BoundPatternComprehension BindPatternComprehension(PatternComprehensionSyntax comprehension) => InChildScope(() =>
    {
        var previous = patternRelationships;
        patternRelationships = [];
        var part = BindPatternPart(comprehension.PathVariable, comprehension.Pattern, comprehension.Pattern.Span, PatternMode.Subquery);
        patternRelationships = previous;
        var predicate = comprehension.Where is null ? null : BindExpression(comprehension.Where);
        var projection = BindExpression(comprehension.Projection);
        return new BoundPatternComprehension(comprehension.Span, CypherType.ListOf(projection.Type), part, predicate, projection);
    });

    private BoundExistsSubquery BindExistsSubquery(ExistsSubquerySyntax exists) => InChildScope(() =>
    {
        var pattern = exists.Pattern is null ? null : BindPattern(exists.Pattern, PatternMode.Subquery);
        var predicate = exists.Where is null ? null : BindExpression(exists.Where);
        var query = exists.Query is null ? null : BindQuery(exists.Query, imported: scope);
        return new BoundExistsSubquery(exists.Span, CypherType.Boolean, pattern, predicate, query);
    });
}
