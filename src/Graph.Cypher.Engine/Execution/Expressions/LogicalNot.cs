using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>NOT; null stays null.</summary>
public sealed class LogicalNot(RowExpression operand) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue value = operand.Evaluate(context);
        return value.Kind == CypherValueKind.Boolean ? CypherValue.Boolean(!value.AsBoolean) : CypherValue.Null;
    }

    public override string ToString() => $"NOT {operand}";
}
