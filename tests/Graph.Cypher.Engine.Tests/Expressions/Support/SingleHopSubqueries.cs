using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Traversal;
using Graph.Cypher.Engine.Planning;
using Graph.Cypher.Engine.Planning.Expressions;
using Graph.Cypher.Syntax;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Tests.Expressions.Support;

/// <summary>
/// A stand-in for the real planner, enough for single-hop patterns (a)-[r:T]->(b) anchored on a bound
/// a: Expand from the argument row, then filters for b's labels, a bound b, and the WHERE predicate.
/// It counts the sub-plans it builds, to check that each is built once.
/// </summary>
internal sealed class SingleHopSubqueries(SlotAllocator slots) : ISubqueryPlanner
{
    public ExpressionCompiler? Compiler { get; set; }

    public int Planned { get; private set; }

    public Operator PlanPattern(BoundPatternPart pattern, BoundExpression? predicate)
    {
        Planned++;
        if (pattern.Relationships.Count != 1 || pattern.Nodes[0].IsNew)
        {
            throw new NotSupportedException("The test planner handles one hop from a bound node.");
        }

        BoundNodePattern to = pattern.Nodes[1];
        BoundRelationshipPattern relationship = pattern.Relationships[0];
        int toSlot = to.IsNew ? slots.SlotOf(to.Variable) : slots.Temporary();
        var step = new ExpandSpec(slots.SlotOf(pattern.Nodes[0].Variable), slots.SlotOf(relationship.Variable), toSlot,
            new RelationshipTypes([.. relationship.Types]), DirectionOf(relationship.Direction));
        Operator plan = new Expand(new Argument(), step);
        if (to.Labels.Count > 0)
        {
            plan = new Filter(plan, new HasLabel(new SlotReference(toSlot, to.Variable.Name), to.Labels));
        }

        if (!to.IsNew)
        {
            plan = new Filter(plan, new Comparison(ComparisonOperator.Equal, new SlotReference(toSlot, "to"), new SlotReference(slots.SlotOf(to.Variable), to.Variable.Name)));
        }

        if (predicate is not null)
        {
            plan = new Filter(plan, (Compiler ?? throw new InvalidOperationException("Set Compiler first.")).Compile(predicate));
        }

        return plan;
    }

    public Operator PlanPattern(BoundPattern pattern, BoundExpression? predicate) =>
        pattern.Parts.Count == 1 ? PlanPattern(pattern.Parts[0], predicate) : throw new NotSupportedException("One part only.");

    public Operator PlanSubquery(BoundQueryPart query) => throw new NotSupportedException("No nested queries in the test planner.");

    private static Direction DirectionOf(RelationshipDirection direction) => direction switch
    {
        RelationshipDirection.Outgoing => Direction.Outgoing,
        RelationshipDirection.Incoming => Direction.Incoming,
        _ => Direction.Both,
    };
}
