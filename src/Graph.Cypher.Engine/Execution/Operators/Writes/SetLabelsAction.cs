using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary><c>SET n:A:B</c>: adds labels to a node; a null target is skipped.</summary>
public sealed class SetLabelsAction(RowExpression target, IReadOnlyList<string> labels) : IWriteAction
{
    public void Apply(QueryContext context)
    {
        CypherValue node = target.Evaluate(context);
        if (!ElementWrites.IsNode(node, "SET"))
        {
            return;
        }

        TransactionOverlay writer = WriteErrors.Writer(context);
        foreach (string label in labels)
        {
            writer.AddLabel(node.AsNodeId, label);
        }
    }

    public override string ToString() => target + ":" + string.Join(':', labels);
}
