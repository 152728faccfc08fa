using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Cypher.Engine.Transactions;

/// <summary>
/// Turns the transaction's final state (not its history) into one batch, so that an element
/// created and deleted within the query leaves no trace and a deleted node is never mentioned
/// by another mutation of the batch, as the store requires.
/// </summary>
public sealed partial class TransactionOverlay
{
    /// <summary>The batch to commit; fails first if a node deleted without DETACH kept relationships (see <see cref="ValidateDeletes"/>).</summary>
    public GraphBatch ToBatch()
    {
        ValidateDeletes();
        var batch = new GraphBatch();
        foreach ((int node, ElementState state) in _nodes)
        {
            AddNode(batch, node, state);
        }

        for (int i = 0; i < _newRelationships.Count; i++)
        {
            int relationship = _base.RelationshipCount + i;
            if (!_deletedRelationships.Contains(relationship))
            {
                NewRelationship created = _newRelationships[i];
                batch.UpsertRelationship(_types.Names[created.Type], NodeKey(created.Start), NodeKey(created.End), created.Discriminator, Present(_relationshipProperties[relationship]));
            }
        }

        foreach ((int relationship, Dictionary<int, PropertyValue> properties) in _relationshipProperties)
        {
            if (!IsNewRelationship(relationship) && !_deletedRelationships.Contains(relationship))
            {
                batch.UpsertRelationship(_types.Names[RelationshipType(relationship)], NodeKey(StartNode(relationship)), NodeKey(EndNode(relationship)),
                    RelationshipDiscriminator(relationship), Changes(properties, key => _base.RelationshipProperty(relationship, key)));
            }
        }

        foreach (int relationship in _deletedRelationships)
        {
            if (!IsNewRelationship(relationship))
            {
                batch.DeleteRelationship(_types.Names[RelationshipType(relationship)], NodeKey(StartNode(relationship)), NodeKey(EndNode(relationship)), RelationshipDiscriminator(relationship));
            }
        }

        foreach (int node in _deletedNodes)
        {
            if (!IsNew(node))
            {
                batch.DeleteNode(NodeKey(node), detach: true);
            }
        }

        return batch;
    }

    private void AddNode(GraphBatch batch, int node, ElementState state)
    {
        var added = new List<string>();
        foreach (int label in state.Labels)
        {
            if (IsNew(node) || label >= _base.Labels.Count || !_base.HasLabel(node, label))
            {
                added.Add(_labels.Names[label]);
            }
        }

        batch.UpsertNode(NodeKey(node), added, IsNew(node) ? Present(state.Properties) : Changes(state.Properties, key => _base.NodeProperty(node, key)));
        if (!IsNew(node))
        {
            var removed = new List<string>();
            foreach (int label in _base.LabelsOf(node))
            {
                if (!state.Labels.Contains(label))
                {
                    removed.Add(_labels.Names[label]);
                }
            }

            if (removed.Count > 0)
            {
                batch.RemoveLabels(NodeKey(node), removed);
            }
        }
    }

    private List<KeyValuePair<string, PropertyValue>> Present(Dictionary<int, PropertyValue> properties)
    {
        var present = new List<KeyValuePair<string, PropertyValue>>();
        foreach ((int key, PropertyValue value) in properties)
        {
            if (!value.IsNull)
            {
                present.Add(new(_keys.Names[key], value));
            }
        }

        return present;
    }

    private List<KeyValuePair<string, PropertyValue>> Changes(Dictionary<int, PropertyValue> properties, Func<int, PropertyValue> original)
    {
        var changes = new List<KeyValuePair<string, PropertyValue>>();
        foreach ((int key, PropertyValue value) in properties)
        {
            PropertyValue before = key < _base.PropertyKeys.Count ? original(key) : PropertyValue.Null;
            if (!value.Equals(before))
            {
                changes.Add(new(_keys.Names[key], value));
            }
        }

        return changes;
    }
}
