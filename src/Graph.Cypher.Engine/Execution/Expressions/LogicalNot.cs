using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>NOT; null stays null, a non-boolean is a type error.</summary>
public sealed class LogicalNot(RowExpression operand) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) => CypherLogic.Not(operand.Evaluate(context));

    public override string ToString() => $"NOT {operand}";
}
