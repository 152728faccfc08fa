using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Traversal;

namespace Graph.Cypher.Engine.Planning;

internal sealed partial class PlanBuilder
{
    public Operator PlanPattern(BoundPatternPart pattern, BoundExpression? predicate) =>
        PlanPattern(new BoundPattern(pattern.Span, [pattern]), predicate);

    public Operator PlanPattern(BoundPattern pattern, BoundExpression? predicate)
    {
        // Variables a subpattern introduces are bound only inside it.
        var before = new HashSet<VariableSymbol>(_bound, ReferenceEqualityComparer.Instance);

        // Nodes the pattern does not declare come from outside, e.g. the x of [x IN list | [(x)-->() | 1]].
        foreach (BoundPatternPart part in pattern.Parts)
        {
            _bound.UnionWith(part.Nodes.Where(node => !node.IsNew).Select(node => node.Variable));
        }

        Operator op = PlanMatch(new Argument(), pattern, predicate);
        _bound.IntersectWith(before);
        return PathExistsShortcut(pattern, predicate) is { } search ? new GuardedPathExists(new Argument(), search.Spec, search.MinHops, op) : op;
    }

    /// <summary>
    /// A pattern that only asks whether two bound nodes are joined within k hops, e.g.
    /// exists((a)-[*..4]-(b)): answered by bidirectional search instead of enumerating paths.
    /// </summary>
    private (PathSearchSpec Spec, int MinHops)? PathExistsShortcut(BoundPattern pattern, BoundExpression? predicate)
    {
        if (predicate is not null || pattern.Parts is not [{ Selector: PathSelector.All, PathVariable: null, Nodes: [var from, var to], Relationships: [var relationship] }])
        {
            return null;
        }

        bool plainEnds = from.Labels.Count == 0 && to.Labels.Count == 0 && from.Properties is null && to.Properties is null && from.Predicate is null && to.Predicate is null;
        if (!plainEnds || !_bound.Contains(from.Variable) || !_bound.Contains(to.Variable) || ReferenceEquals(from.Variable, to.Variable)
            || relationship is not { Length: { Minimum: <= 1, Maximum: long maximum }, Properties: null, Predicate: null } || !relationship.Variable.IsGenerated)
        {
            return null;
        }

        var spec = new PathSearchSpec(_slots.SlotOf(from.Variable), _slots.SlotOf(to.Variable), new RelationshipTypes([.. relationship.Types]), Direction(relationship.Direction, reversed: false), (int)Math.Min(maximum, int.MaxValue))
        {
            FromName = from.Variable.Name,
            ToName = to.Variable.Name,
        };
        return (spec, (int)relationship.Length.Minimum);
    }

    public Operator PlanSubquery(BoundQueryPart query)
    {
        var before = new HashSet<VariableSymbol>(_bound, ReferenceEqualityComparer.Instance);
        Operator op = PlanPart(new Argument(), query, out IReadOnlyList<OutputColumn> _);
        _bound.IntersectWith(before);
        return op;
    }
}
