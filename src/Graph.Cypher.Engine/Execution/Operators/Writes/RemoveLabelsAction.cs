using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary><c>REMOVE n:A:B</c>: labels the node does not have are no error; a null target is skipped.</summary>
public sealed class RemoveLabelsAction(RowExpression target, IReadOnlyList<string> labels) : IWriteAction
{
    public void Apply(QueryContext context)
    {
        CypherValue node = target.Evaluate(context);
        if (!ElementWrites.IsNode(node, "REMOVE"))
        {
            return;
        }

        TransactionOverlay writer = WriteErrors.Writer(context);
        foreach (string label in labels)
        {
            writer.RemoveLabel(node.AsNodeId, label);
        }
    }

    public override string ToString() => target + ":" + string.Join(':', labels);
}
