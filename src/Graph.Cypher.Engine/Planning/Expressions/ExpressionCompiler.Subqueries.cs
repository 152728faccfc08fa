using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Cypher.Syntax;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Planning.Expressions;

public sealed partial class ExpressionCompiler
{
    // Each sub-plan is planned once, here; evaluation reopens it under the current row.
    private SubqueryExists CompilePatternPredicate(BoundPatternPredicate predicate)
    {
        Operator plan = subqueries.PlanPattern(predicate.Pattern, predicate: null);
        return new SubqueryExists(plan, AnchorSlots([predicate.Pattern]), PatternText.Of(predicate.Pattern));
    }

    private PatternComprehension CompilePatternComprehension(BoundPatternComprehension comprehension)
    {
        Operator plan = subqueries.PlanPattern(comprehension.Pattern, comprehension.Predicate);
        RowExpression projection = Compile(comprehension.Projection);
        string text = PatternText.Of(comprehension.Pattern) + (comprehension.Predicate is null ? string.Empty : " WHERE ...");
        return new PatternComprehension(plan, projection, AnchorSlots([comprehension.Pattern]), text);
    }

    /// <summary>
    /// size() of a comprehension whose projection cannot fail only needs the number of matches; one unconstrained hop
    /// from a bound node in one direction is that node's degree.
    /// </summary>
    private RowExpression CompilePatternCount(BoundPatternComprehension comprehension, string function)
    {
        string text = PatternText.Of(comprehension.Pattern) + (comprehension.Predicate is null ? string.Empty : " WHERE ...");
        text = $"{function}([{text} | {Compile(comprehension.Projection)}])";
        if (comprehension.Predicate is null && comprehension.Pattern is
            {
                Selector: PathSelector.All,
                PathVariable: null,
                Nodes: [{ IsNew: false } from, { IsNew: true, Labels.Count: 0, Properties: null, Predicate: null }],
                Relationships: [{ IsNew: true, Length: null, Properties: null, Predicate: null, Direction: RelationshipDirection.Outgoing or RelationshipDirection.Incoming } relationship],
            })
        {
            Direction direction = relationship.Direction == RelationshipDirection.Outgoing ? Direction.Outgoing : Direction.Incoming;
            return new NodeDegree(slots.SlotOf(from.Variable), new RelationshipTypes([.. relationship.Types]), direction, text);
        }

        Operator plan = subqueries.PlanPattern(comprehension.Pattern, comprehension.Predicate);
        return new PatternCount(plan, AnchorSlots([comprehension.Pattern]), text);
    }

    private SubqueryExists CompileExists(BoundExistsSubquery exists)
    {
        if (exists.Pattern is not null)
        {
            Operator plan = subqueries.PlanPattern(exists.Pattern, exists.Predicate);
            string text = $"EXISTS {{ {string.Join(", ", exists.Pattern.Parts.Select(PatternText.Of))}{(exists.Predicate is null ? string.Empty : " WHERE ...")} }}";
            return new SubqueryExists(plan, AnchorSlots(exists.Pattern.Parts), text);
        }

        if (exists.Query is not null)
        {
            return new SubqueryExists(subqueries.PlanSubquery(exists.Query), [], "EXISTS { ... }");
        }

        throw new PlanningException("EXISTS needs a pattern or a query.", exists.Span);
    }

    /// <summary>
    /// The slots of the variables a pattern takes from the outer row (nodes and relationships it did
    /// not introduce): when one of them is null the pattern cannot match, and the sub-plan is not run.
    /// </summary>
    private int[] AnchorSlots(IReadOnlyList<BoundPatternPart> parts)
    {
        var anchors = new List<int>();
        foreach (BoundPatternPart part in parts)
        {
            foreach (BoundNodePattern node in part.Nodes)
            {
                if (!node.IsNew)
                {
                    anchors.Add(slots.SlotOf(node.Variable));
                }
            }

            foreach (BoundRelationshipPattern relationship in part.Relationships)
            {
                if (!relationship.IsNew)
                {
                    anchors.Add(slots.SlotOf(relationship.Variable));
                }
            }
        }

        return [.. anchors.Distinct()];
    }
}
