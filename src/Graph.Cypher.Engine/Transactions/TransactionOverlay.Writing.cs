using Graph.Cypher.Engine.Execution;
using Graph.Storage.Reading;
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
            state.Labels.Add(_labels.GetOrAdd(label));
        }

        foreach ((string name, PropertyValue value) in properties)
        {
            state.Properties[_keys.GetOrAdd(name)] = value;
        }

        Changed();
        return node;
    }

    public void SetNodeProperty(int node, string key, PropertyValue value) => NodeState(node).Properties[_keys.GetOrAdd(key)] = value;

    public void AddLabel(int node, string label) => NodeState(node).Labels.Add(_labels.GetOrAdd(label));

    public void RemoveLabel(int node, string label)
    {
        int id = _labels.Find(label);
        if (id >= 0)
        {
            NodeState(node).Labels.Remove(id);
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
            throw Deleted("relationship");
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

    public void DeleteRelationship(int relationship)
    {
        _deletedRelationships.Add(relationship);
        Changed();
    }

    /// <summary>DELETE / DETACH DELETE; deleting a node that still has relationships without detach is an error, as in Cypher.</summary>
    public void DeleteNode(int node, bool detach)
    {
        if (!NodeExists(node))
        {
            return;
        }

        foreach (Direction direction in (ReadOnlySpan<Direction>)[Direction.Outgoing, Direction.Incoming])
        {
            int[] relationships = RelationshipsOf(node, -1, direction).ToArray();
            if (relationships.Length > 0 && !detach)
            {
                throw new QueryExecutionException(ExecutionErrorCodes.DeleteConnectedNode, $"Cannot delete node #{node}: it still has relationships; use DETACH DELETE.");
            }

            foreach (int relationship in relationships)
            {
                DeleteRelationship(relationship);
            }
        }

        _nodes.Remove(node);
        _deletedNodes.Add(node);
        Changed();
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
            throw Deleted("node");
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
