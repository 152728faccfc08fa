using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Three-valued XOR: null whenever either side is null (both sides are always needed).</summary>
public sealed class LogicalXor(RowExpression left, RowExpression right) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) =>
        CypherLogic.Xor(left.Evaluate(context), right.Evaluate(context));

    public override string ToString() => $"({left} XOR {right})";
}
