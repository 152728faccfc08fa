using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Procedures;

/// <summary>A procedure's implementation: the evaluated arguments in, one output row (in signature order) per result.</summary>
public delegate IEnumerable<CypherValue[]> ProcedureBody(IReadOnlyList<CypherValue> arguments, QueryContext context);
