using Graph.Cypher.Engine.Execution.Operators;

namespace Graph.Cypher.Engine.Execution;

/// <summary>An operator tree ready to run: its root, the row width and the returned columns.</summary>
public sealed record PhysicalPlan(Operator Root, int SlotCount, IReadOnlyList<OutputColumn> Columns)
{
    /// <summary>Whether the plan changes the graph; refused in read-only mode.</summary>
    public bool Writes { get; init; }
}
