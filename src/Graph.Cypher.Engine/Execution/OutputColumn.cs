namespace Graph.Cypher.Engine.Execution;

/// <summary>A returned column: its name and the slot holding it.</summary>
public readonly record struct OutputColumn(string Name, int Slot);
