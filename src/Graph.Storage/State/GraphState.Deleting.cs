namespace Graph.Storage.State;

/// <summary>Deletions as tombstones: ids stay put, so replaying the log reproduces the same ids.</summary>
internal sealed partial class GraphState
{
    private void CollectNodeDeletion(Writing.DeleteNodeMutation delete)
    {
        int node = Nodes.Keys.Find(delete.Key);
        if (node < 0 || !Nodes.IsLive(node))
        {
            return;
        }

        _deletedNodes.Add(node);
        if (delete.Detach && Degrees[node] > 0)
        {
            _detachedNodes.Add(node);
        }
    }

    private void DeleteCollectedNodes()
    {
        if (_detachedNodes.Count > 0)
        {
            // The writer keeps no adjacency, so detaching is one pass over the relationships per batch.
            for (int r = 0; r < Relationships.Count; r++)
            {
                if (Relationships.IsLive(r) && (_detachedNodes.Contains(Relationships.Start[r]) || _detachedNodes.Contains(Relationships.End[r])))
                {
                    DeleteRelationship(r);
                }
            }
        }

        foreach (int node in _deletedNodes)
        {
            Nodes.Labels.Set(node, NodeColumns.DeletedBit);
            if (Nodes.Properties[node] != 0)
            {
                Nodes.Properties.Set(node, 0);
            }
        }
    }

    private void DeleteRelationship(int relationship)
    {
        Relationships.Type.Set(relationship, RelationshipColumns.DeletedType);
        if (Relationships.Properties[relationship] != 0)
        {
            Relationships.Properties.Set(relationship, 0);
        }

        _degrees?.Add(Relationships.Start[relationship], -1);
        _degrees?.Add(Relationships.End[relationship], -1);
    }

    private void RemoveLabels(int node, IReadOnlyList<string> labels)
    {
        ulong mask = Nodes.Labels[node];
        ulong updated = mask;
        for (int i = 0; i < labels.Count; i++)
        {
            int label = Labels.Find(labels[i]);
            if (label >= 0)
            {
                updated &= ~(1UL << label);
            }
        }

        if (updated != mask)
        {
            Nodes.Labels.Set(node, updated);
        }
    }
}
