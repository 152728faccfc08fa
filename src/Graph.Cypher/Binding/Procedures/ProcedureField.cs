namespace Graph.Cypher.Binding;

/// <summary>One input or output of a procedure: its name and type.</summary>
public sealed record ProcedureField(string Name, CypherType Type);
