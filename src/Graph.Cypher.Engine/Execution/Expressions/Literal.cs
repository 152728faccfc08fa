using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>A constant (or a parameter value fixed before execution).</summary>
public sealed class Literal(CypherValue value) : RowExpression
{
    public CypherValue Value { get; } = value;

    public override CypherValue Evaluate(QueryContext context) => Value;

    public override string ToString() => Value.ToString();
}
