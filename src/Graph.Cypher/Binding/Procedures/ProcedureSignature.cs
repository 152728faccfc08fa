namespace Graph.Cypher.Binding;

/// <summary>What the binder knows of a procedure: its inputs in order and the outputs YIELD may pick from.</summary>
public sealed record ProcedureSignature(string Name, IReadOnlyList<ProcedureField> Parameters, IReadOnlyList<ProcedureField> Outputs);
