using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Cypher.Engine.Transactions;

/// <summary>The write clauses' primitives; each takes effect for later reads at once.</summary>
public sealed partial class TransactionOverlay
{
    public int CreateNode(IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, PropertyValue>> properties)
    {
        int node = NodeCount;
        string key = GraphBatch.GeneratedKeyPrefix + Guid.NewGuid().ToString("N");
        _newNodeKeys.Add(key);
        _newNodeIds[key] = node;
        var state = new ElementState();
        _nodes[node] = state;
        foreach (string label in labels)
        {
            int labelId = _labels.GetOrAdd(label);
            state.Labels.Add(labelId);
            LabelChanged(labelId);
        }

        foreach ((string name, PropertyValue value) in properties)
        {
            state.Properties[_keys.GetOrAdd(name)] = value;
        }

        Changed();
        return node;
    }

    public void SetNodeProperty(int node, string key, PropertyValue value) => NodeState(node).Properties[_keys.GetOrAdd(key)] = value;

    public void AddLabel(int node, string label)
    {
        int labelId = _labels.GetOrAdd(label);
        if (NodeState(node).Labels.Add(labelId))
        {
            LabelChanged(labelId);
        }
    }

    public void RemoveLabel(int node, string label)
    {
        RequireLive(node);
        int id = _labels.Find(label);
        if (id >= 0 && HasLabel(node, id) && NodeState(node).Labels.Remove(id))
        {
            LabelChanged(id);
        }
    }

    public int CreateRelationship(string type, int start, int end, IReadOnlyList<KeyValuePair<string, PropertyValue>> properties)
    {
        RequireLive(start);
        RequireLive(end);
        int relationship = RelationshipCount;
        _newRelationships.Add(new NewRelationship(_types.GetOrAdd(type), start, end, GraphBatch.GeneratedKeyPrefix + Guid.NewGuid().ToString("N")));
        Added(_addedOutgoing, start, relationship);
        Added(_addedIncoming, end, relationship);
        var state = new Dictionary<int, PropertyValue>();
        foreach ((string name, PropertyValue value) in properties)
        {
            state[_keys.GetOrAdd(name)] = value;
        }

        _relationshipProperties[relationship] = state;
        Changed();
        return relationship;
    }

    public void SetRelationshipProperty(int relationship, string key, PropertyValue value)
    {
        if (!RelationshipExists(relationship))
        {
            throw Deleted("relationship", relationship);
        }

        if (!_relationshipProperties.TryGetValue(relationship, out Dictionary<int, PropertyValue>? properties))
        {
            properties = [];
            foreach (KeyValuePair<int, PropertyValue> property in _base.RelationshipProperties(relationship))
            {
                properties[property.Key] = property.Value;
            }

            _relationshipProperties[relationship] = properties;
        }

        properties[_keys.GetOrAdd(key)] = value;
    }

    private ElementState NodeState(int node)
    {
        RequireLive(node);
        if (!_nodes.TryGetValue(node, out ElementState? state))
        {
            state = new ElementState();
            foreach (int label in _base.LabelsOf(node))
            {
                state.Labels.Add(label);
            }

            foreach (KeyValuePair<int, PropertyValue> property in _base.NodeProperties(node))
            {
                state.Properties[property.Key] = property.Value;
            }

            _nodes[node] = state;
        }

        return state;
    }

    private void RequireLive(int node)
    {
        if (!NodeExists(node))
        {
            throw Deleted("node", node);
        }
    }

    private static void Added(Dictionary<int, List<int>> added, int node, int relationship)
    {
        if (!added.TryGetValue(node, out List<int>? list))
        {
            added[node] = list = [];
        }

        list.Add(relationship);
    }
}
