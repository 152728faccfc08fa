namespace Graph.Cypher.Binding;

/// <summary>The hops of a variable-length relationship: Minimum (default 1) to Maximum (null = unbounded).</summary>
public sealed record BoundVariableLength(long Minimum, long? Maximum);
