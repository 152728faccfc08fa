using Graph.Cypher.Engine.Execution;
using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Transactions;

/// <summary>
/// DELETE and DETACH DELETE. Like Neo4j, a node deleted without DETACH may still have
/// relationships while the query runs (<c>MATCH (n)-[r]-() DELETE n, r</c> deletes them in either
/// order); only the state at the end counts, which <see cref="ValidateDeletes"/> checks before commit.
/// </summary>
public sealed partial class TransactionOverlay
{
    /// <summary>Deletes a relationship; deleting one twice is no error.</summary>
    public void DeleteRelationship(int relationship)
    {
        if (_deletedRelationships.Add(relationship))
        {
            Changed();
        }
    }

    /// <summary>
    /// Deletes a node (twice is no error). With <paramref name="detach"/> its relationships go too;
    /// without it, relationships it still has must be deleted by the end of the query.
    /// </summary>
    public void DeleteNode(int node, bool detach)
    {
        if (IsDeletedNode(node))
        {
            // A later DETACH DELETE of a node already deleted without detach still takes its relationships.
            if (detach && _connectedDeletes.Remove(node))
            {
                DetachAll(node);
            }

            return;
        }

        if (!NodeExists(node))
        {
            return;
        }

        if (detach)
        {
            DetachAll(node);
        }
        else if (Degree(node, -1, Direction.Outgoing) + Degree(node, -1, Direction.Incoming) > 0)
        {
            _connectedDeletes.Add(node);
        }

        foreach (int label in LabelsOf(node))
        {
            LabelChanged(label);
        }

        _nodes.Remove(node);
        _deletedNodes.Add(node);
        Changed();
    }

    /// <summary>
    /// Fails with ConstraintValidationFailed / DeleteConnectedNode when a node deleted without DETACH
    /// still has relationships. <see cref="ToBatch"/> calls it, so nothing inconsistent is committed.
    /// </summary>
    public void ValidateDeletes()
    {
        foreach (int node in _connectedDeletes)
        {
            int remaining = Degree(node, -1, Direction.Outgoing) + Degree(node, -1, Direction.Incoming);
            if (remaining > 0)
            {
                throw new QueryExecutionException(
                    ExecutionErrorCodes.DeleteConnectedNode,
                    $"Cannot delete node #{node}: it still has {remaining} relationship(s); delete them too or use DETACH DELETE.",
                    "ConstraintValidationFailed",
                    "DeleteConnectedNode");
            }
        }
    }

    private void DetachAll(int node)
    {
        foreach (Direction direction in (ReadOnlySpan<Direction>)[Direction.Outgoing, Direction.Incoming])
        {
            foreach (int relationship in RelationshipsOf(node, -1, direction).ToArray())
            {
                DeleteRelationship(relationship);
            }
        }
    }
}
