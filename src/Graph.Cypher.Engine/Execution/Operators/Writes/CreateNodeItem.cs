using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>
/// A node of a CREATE / MERGE pattern. A bound node (<paramref name="IsBound"/>, e.g. the <c>a</c>
/// of <c>MATCH (a) CREATE (a)-[:R]->(b)</c>) is only read from its slot; any other node is created
/// with the labels and the properties (an expression giving a map, or null for none) and written
/// to its slot. <paramref name="Variable"/> is for EXPLAIN and messages; empty when anonymous.
/// </summary>
public sealed record CreateNodeItem(int Slot, string Variable, bool IsBound, IReadOnlyList<string> Labels, RowExpression? Properties = null)
{
    public override string ToString() =>
        "(" + Variable + (Labels.Count > 0 ? ":" + string.Join(':', Labels) : string.Empty) + (Properties is null ? string.Empty : " " + Properties) + ")";
}
