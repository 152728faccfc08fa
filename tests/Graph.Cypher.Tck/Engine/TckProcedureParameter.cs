namespace Graph.Cypher.Tck.Engine;

/// <summary>One input or output of a test procedure, with its Cypher type as written (<c>INTEGER?</c>, <c>NUMBER?</c>).</summary>
public sealed record TckProcedureParameter(string Name, string Type);
