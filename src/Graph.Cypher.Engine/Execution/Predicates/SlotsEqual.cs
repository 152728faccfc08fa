using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Predicates;

/// <summary>A relationship variable bound earlier and matched again: the expanded relationship must be that one.</summary>
public sealed class SlotsEqual(int left, int right) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) => CypherValue.Boolean(context.Row[left].Equals(context.Row[right]) && !context.Row[left].IsNull);

    public override string ToString() => "same relationship";
}
