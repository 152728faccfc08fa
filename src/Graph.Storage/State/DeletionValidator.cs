using Graph.Storage.Writing;

namespace Graph.Storage.State;

/// <summary>
/// The deletion rules of a batch: a node deleted by the batch is not otherwise mentioned in it
/// (so nothing attaches to a tombstone), and a non-detach delete leaves no relationship behind
/// once the batch's own relationship deletions are counted.
/// </summary>
internal sealed class DeletionValidator
{
    private readonly HashSet<string> _deletedKeys = new(StringComparer.Ordinal);
    private readonly HashSet<int> _deletedRelationships = [];

    public void Begin(IReadOnlyList<GraphMutation> mutations)
    {
        _deletedKeys.Clear();
        _deletedRelationships.Clear();
        for (int i = 0; i < mutations.Count; i++)
        {
            if (mutations[i] is DeleteNodeMutation { Key: { } key })
            {
                _deletedKeys.Add(key);
            }
        }
    }

    public void RequireNotDeleted(string? key, int index)
    {
        if (key is not null && _deletedKeys.Contains(key))
        {
            throw new StoreException("STORE_DELETED_NODE_REUSED", $"Mutation {index}: node '{key}' is deleted by this batch and cannot be written by it too.");
        }
    }

    public void RelationshipDeleted(GraphState state, DeleteRelationshipMutation delete)
    {
        int relationship = state.FindRelationship(delete.Type, delete.FromKey, delete.ToKey, delete.Discriminator);
        if (relationship >= 0)
        {
            _deletedRelationships.Add(relationship);
        }
    }

    public void RequireNoRelationshipsLeft(GraphState state, IReadOnlyList<GraphMutation> mutations, ReadOnlySpan<int> resolved)
    {
        for (int i = 0; i < mutations.Count; i++)
        {
            if (mutations[i] is not DeleteNodeMutation { Detach: false } delete)
            {
                continue;
            }

            int node = resolved[2 * i];
            int remaining = state.Degrees[node];
            foreach (int relationship in _deletedRelationships)
            {
                remaining -= (state.Relationships.Start[relationship] == node ? 1 : 0) + (state.Relationships.End[relationship] == node ? 1 : 0);
            }

            if (remaining > 0)
            {
                throw new StoreException("STORE_NODE_HAS_RELATIONSHIPS", $"Mutation {i}: node '{delete.Key}' still has {remaining} relationship end(s); delete them first or use DETACH DELETE.");
            }
        }
    }
}
