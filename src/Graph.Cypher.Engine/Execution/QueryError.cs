namespace Graph.Cypher.Engine.Execution;

/// <summary>Why a query produced no (complete) result; <see cref="Code"/> is stable.</summary>
public sealed record QueryError(string Code, string Message);
