using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Transactions;

/// <summary>Reading nodes through the overlay.</summary>
public sealed partial class TransactionOverlay
{
    public bool NodeExists(int node) =>
        !_deletedNodes.Contains(node) && (IsNew(node) ? node < NodeCount : _base.NodeExists(node));

    public string NodeKey(int node) => IsNew(node) ? _newNodeKeys[node - _base.NodeCount] : _base.NodeKey(node);

    public int FindNodeByKey(string key)
    {
        int node = _newNodeIds.TryGetValue(key, out int created) ? created : _base.FindNodeByKey(key);
        return node >= 0 && !_deletedNodes.Contains(node) ? node : -1;
    }

    public ReadOnlySpan<int> LabelsOf(int node)
    {
        if (!_nodes.TryGetValue(node, out ElementState? state))
        {
            return _deletedNodes.Contains(node) ? [] : _base.LabelsOf(node);
        }

        int[] labels = [.. state.Labels];
        Array.Sort(labels);
        return labels;
    }

    public bool HasLabel(int node, int labelId) =>
        _nodes.TryGetValue(node, out ElementState? state) ? state.Labels.Contains(labelId) : !_deletedNodes.Contains(node) && _base.HasLabel(node, labelId);

    public PropertyValue NodeProperty(int node, int keyId)
    {
        if (_nodes.TryGetValue(node, out ElementState? state))
        {
            return state.Properties.TryGetValue(keyId, out PropertyValue value) ? value : PropertyValue.Null;
        }

        return _deletedNodes.Contains(node) || keyId >= _base.PropertyKeys.Count ? PropertyValue.Null : _base.NodeProperty(node, keyId);
    }

    public IEnumerable<KeyValuePair<int, PropertyValue>> NodeProperties(int node)
    {
        if (_nodes.TryGetValue(node, out ElementState? state))
        {
            var present = new List<KeyValuePair<int, PropertyValue>>();
            foreach (KeyValuePair<int, PropertyValue> property in state.Properties)
            {
                if (!property.Value.IsNull)
                {
                    present.Add(property);
                }
            }

            present.Sort((x, y) => x.Key.CompareTo(y.Key));
            return present;
        }

        return _deletedNodes.Contains(node) ? [] : _base.NodeProperties(node);
    }

    public ReadOnlySpan<int> NodesWithLabel(int labelId)
    {
        if (_nodes.Count == 0 && _deletedNodes.Count == 0)
        {
            return labelId < _base.Labels.Count ? _base.NodesWithLabel(labelId) : [];
        }

        var nodes = new List<int>();
        if (labelId < _base.Labels.Count)
        {
            foreach (int node in _base.NodesWithLabel(labelId))
            {
                if (!_nodes.ContainsKey(node) && !_deletedNodes.Contains(node))
                {
                    nodes.Add(node);
                }
            }
        }

        foreach ((int node, ElementState state) in _nodes)
        {
            if (state.Labels.Contains(labelId))
            {
                nodes.Add(node);
            }
        }

        nodes.Sort();
        return nodes.ToArray();
    }

    public ReadOnlySpan<int> FindNodes(int labelId, int keyId, PropertyValue value)
    {
        if (_nodes.Count == 0 && _deletedNodes.Count == 0)
        {
            return labelId < _base.Labels.Count && keyId < _base.PropertyKeys.Count ? _base.FindNodes(labelId, keyId, value) : [];
        }

        // Unchanged nodes come from the index; changed and created ones are checked directly.
        var matches = new List<int>();
        if (labelId < _base.Labels.Count && keyId < _base.PropertyKeys.Count)
        {
            foreach (int node in _base.FindNodes(labelId, keyId, value))
            {
                if (!_nodes.ContainsKey(node) && !_deletedNodes.Contains(node))
                {
                    matches.Add(node);
                }
            }
        }

        foreach ((int node, ElementState state) in _nodes)
        {
            if (state.Labels.Contains(labelId) && NodeProperty(node, keyId).Equals(value))
            {
                matches.Add(node);
            }
        }

        matches.Sort();
        return matches.ToArray();
    }
}
