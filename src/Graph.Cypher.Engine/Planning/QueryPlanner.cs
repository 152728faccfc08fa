using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Procedures;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Planning;

/// <summary>
/// Turns a bound query into a physical plan. With a snapshot for statistics it starts patterns
/// from index seeks and the rarest labels; without one it keeps to the pattern's own order.
/// </summary>
public static class QueryPlanner
{
    public static PhysicalPlan Plan(BoundQuery query, ProcedureRegistry procedures, IGraphReader? statistics = null) =>
        new PlanBuilder(procedures, statistics).Build(query);
}
