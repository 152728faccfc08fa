namespace Graph.Cypher.Values.Functions;

/// <summary>The implementation of a scalar function: arguments in, value out, no per-call allocation required.</summary>
public delegate CypherValue CypherFunctionBody(ReadOnlySpan<CypherValue> arguments, FunctionContext context);
