using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Reads a slot of the current row (a variable).</summary>
public sealed class SlotReference(int slot, string name) : RowExpression
{
    public int Slot { get; } = slot;

    public override CypherValue Evaluate(QueryContext context) => context.Row[Slot];

    public override string ToString() => name;
}
