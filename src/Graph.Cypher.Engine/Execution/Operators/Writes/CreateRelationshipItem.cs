using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>
/// A relationship of a CREATE / MERGE pattern, always created (relationships cannot be bound
/// there), from the node in <paramref name="StartSlot"/> to the node in <paramref name="EndSlot"/>:
/// the planner resolves the arrow's direction, and an undirected MERGE creates left to right.
/// </summary>
public sealed record CreateRelationshipItem(int Slot, string Variable, string Type, int StartSlot, int EndSlot, RowExpression? Properties = null)
{
    /// <summary>The bracket part, e.g. <c>[r:KNOWS {since: 2001}]</c>.</summary>
    public override string ToString() => "[" + Variable + ":" + Type + (Properties is null ? string.Empty : " " + Properties) + "]";
}
