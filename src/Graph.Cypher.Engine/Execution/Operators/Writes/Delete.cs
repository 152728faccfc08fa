using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;

namespace Graph.Cypher.Engine.Execution.Operators.Writes;

/// <summary>
/// DELETE / DETACH DELETE of nodes, relationships and paths (all their elements); null is ignored
/// and deleting twice is no error. Without DETACH a node may keep relationships until the end of
/// the query (they may be deleted later, even by a later row); the overlay checks that before commit.
/// </summary>
public sealed class Delete(Operator input, RowExpression[] targets, bool detach) : Operator(input)
{
    public override string Name => detach ? "DetachDelete" : "Delete";

    public override string Details => string.Join(", ", (IEnumerable<RowExpression>)targets);

    protected override void Reset(QueryContext context)
    {
    }

    protected override bool Produce(QueryContext context)
    {
        if (!input.Next(context))
        {
            return false;
        }

        TransactionOverlay writer = WriteErrors.Writer(context);
        foreach (RowExpression target in targets)
        {
            Remove(writer, target.Evaluate(context));
        }

        return true;
    }

    private void Remove(TransactionOverlay writer, CypherValue value)
    {
        switch (value.Kind)
        {
            case CypherValueKind.Null:
                break;
            case CypherValueKind.Node:
                writer.DeleteNode(value.AsNodeId, detach);
                break;
            case CypherValueKind.Relationship:
                writer.DeleteRelationship(value.AsRelationshipId);
                break;
            case CypherValueKind.Path:
                CypherPath path = value.AsPath;
                foreach (int relationship in path.Relationships)
                {
                    writer.DeleteRelationship(relationship);
                }

                foreach (int node in path.Nodes)
                {
                    writer.DeleteNode(node, detach);
                }

                break;
            default:
                throw WriteErrors.NotAnElement(detach ? "DETACH DELETE" : "DELETE", "a node, relationship or path", value);
        }
    }
}
