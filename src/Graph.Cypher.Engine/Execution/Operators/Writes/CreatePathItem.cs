namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>
/// The path variable of <c>CREATE p = (a)-[:R]->(b)</c>: the slots of the pattern's elements in
/// order, node, relationship, node, ... (so an odd count), read once they are all created.
/// </summary>
public sealed record CreatePathItem(int Slot, string Variable, IReadOnlyList<int> ElementSlots);
