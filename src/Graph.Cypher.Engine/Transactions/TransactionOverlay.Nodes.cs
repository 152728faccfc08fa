using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Transactions;

/// <summary>Reading nodes through the overlay.</summary>
public sealed partial class TransactionOverlay
{
    private readonly Dictionary<int, int[]> _labelMembers = [];

    public bool NodeExists(int node) =>
        node >= 0 && !IsDeletedNode(node) && (IsNew(node) ? node < NodeCount : _base.NodeExists(node));

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
            return IsDeletedNode(node) ? throw Deleted("node", node) : _base.LabelsOf(node);
        }

        int[] labels = [.. state.Labels];
        Array.Sort(labels);
        return labels;
    }

    /// <summary>False for a deleted node rather than an error: label predicates of scans and filters may still meet one.</summary>
    public bool HasLabel(int node, int labelId) =>
        _nodes.TryGetValue(node, out ElementState? state)
            ? state.Labels.Contains(labelId)
            : !IsNew(node) && labelId >= 0 && labelId < _base.Labels.Count && !IsDeletedNode(node) && _base.HasLabel(node, labelId);

    public PropertyValue NodeProperty(int node, int keyId)
    {
        if (_nodes.TryGetValue(node, out ElementState? state))
        {
            return state.Properties.TryGetValue(keyId, out PropertyValue value) ? value : PropertyValue.Null;
        }

        if (IsDeletedNode(node))
        {
            throw Deleted("node", node);
        }

        return IsNew(node) || keyId < 0 || keyId >= _base.PropertyKeys.Count ? PropertyValue.Null : _base.NodeProperty(node, keyId);
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

        return IsDeletedNode(node) ? throw Deleted("node", node) : _base.NodeProperties(node);
    }

    /// <summary>
    /// The label's live nodes, ascending. Once the query changed nodes the list is rebuilt, then
    /// kept until a write changes that label's members: a label scan asks again on every row.
    /// </summary>
    public ReadOnlySpan<int> NodesWithLabel(int labelId)
    {
        if (labelId < 0)
        {
            return [];
        }

        if (_nodes.Count == 0 && _deletedNodes.Count == 0)
        {
            return labelId < _base.Labels.Count ? _base.NodesWithLabel(labelId) : [];
        }

        if (_labelMembers.TryGetValue(labelId, out int[]? cached))
        {
            return cached;
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
        int[] members = [.. nodes];
        _labelMembers[labelId] = members;
        return members;
    }

    public ReadOnlySpan<int> FindNodes(int labelId, int keyId, PropertyValue value)
    {
        if (_nodes.Count == 0 && _deletedNodes.Count == 0)
        {
            return InBase(labelId, keyId) ? _base.FindNodes(labelId, keyId, value) : [];
        }

        // Unchanged nodes come from the index; changed and created ones are checked directly.
        var matches = new List<int>();
        if (InBase(labelId, keyId))
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

    /// <summary>Forgets the cached members of a label whose membership a write changed.</summary>
    private void LabelChanged(int labelId) => _labelMembers.Remove(labelId);

    private bool InBase(int labelId, int keyId) => labelId >= 0 && labelId < _base.Labels.Count && keyId >= 0 && keyId < _base.PropertyKeys.Count;
}
