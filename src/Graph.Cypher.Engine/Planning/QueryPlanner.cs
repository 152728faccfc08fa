using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Procedures;

namespace Graph.Cypher.Engine.Planning;

/// <summary>Turns a bound query into a physical plan.</summary>
public static class QueryPlanner
{
    public static PhysicalPlan Plan(BoundQuery query, ProcedureRegistry procedures) =>
        throw new PlanningException("The planner is not wired yet.", query.Body.Span);
}
