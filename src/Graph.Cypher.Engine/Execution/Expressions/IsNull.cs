using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>x IS NULL, or x IS NOT NULL when negated.</summary>
public sealed class IsNull(RowExpression operand, bool negated = false) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) =>
        CypherValue.Boolean(operand.Evaluate(context).IsNull != negated);

    public override string ToString() => negated ? $"{operand} IS NOT NULL" : $"{operand} IS NULL";
}
