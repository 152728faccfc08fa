using Graph.Cypher.Engine.Execution.Expressions;

namespace Graph.Cypher.Engine.Execution.Operators;

/// <summary>One computed column: the expression's value goes into the slot.</summary>
public readonly record struct ProjectionItem(int Slot, string Name, RowExpression Expression);
