using Graph.Cypher.Engine.Execution.Aggregation;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>One aggregate column: the function's result goes into the slot.</summary>
public readonly record struct AggregationItem(int Slot, string Name, AggregateFunction Function);
