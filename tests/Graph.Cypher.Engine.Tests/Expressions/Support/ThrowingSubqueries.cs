using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Planning;

namespace Graph.Cypher.Engine.Tests.Expressions.Support;

/// <summary>For expressions without patterns: any request for a sub-plan is a test failure.</summary>
internal sealed class ThrowingSubqueries : ISubqueryPlanner
{
    public Operator PlanPattern(BoundPatternPart pattern, BoundExpression? predicate) => throw new InvalidOperationException("No sub-plans expected.");

    public Operator PlanPattern(BoundPattern pattern, BoundExpression? predicate) => throw new InvalidOperationException("No sub-plans expected.");

    public Operator PlanSubquery(BoundQueryPart query) => throw new InvalidOperationException("No sub-plans expected.");
}
