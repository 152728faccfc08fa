using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.State;

/// <summary>
/// Rejects a batch before anything is logged, so that applying a logged batch (now or on
/// replay) cannot fail half-way and a bad batch leaves no trace.
/// </summary>
internal sealed class BatchValidator
{
    /// <summary>How deeply list property values may nest.</summary>
    public const int MaxListDepth = 64;

    private readonly HashSet<string> _batchNodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _newLabels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _newTypes = new(StringComparer.Ordinal);
    private readonly DeletionValidator _deletions = new();
    private int[] _resolved = new int[256];

    /// <summary>
    /// Node ids found while validating, two per mutation (relationship ends, or the list's node),
    /// -1 when the node is created by the batch itself; spares the apply step a second lookup.
    /// </summary>
    public ReadOnlySpan<int> ResolvedNodes => _resolved;

    public void Validate(GraphState state, IReadOnlyList<GraphMutation> mutations)
    {
        _batchNodes.Clear();
        _newLabels.Clear();
        _newTypes.Clear();
        if (_resolved.Length < mutations.Count * 2)
        {
            _resolved = new int[mutations.Count * 2];
        }

        _resolved.AsSpan(0, mutations.Count * 2).Fill(-1);
        _deletions.Begin(mutations);
        for (int i = 0; i < mutations.Count; i++)
        {
            if (mutations[i] is UpsertNodeMutation node)
            {
                _deletions.RequireNotDeleted(node.Key, i);
                RequireText(node.Key, "node key", i);
                _batchNodes.Add(node.Key);
                Require(node.Labels is not null, "labels are missing", i);
                foreach (string label in node.Labels!)
                {
                    RequireText(label, "label", i);
                    if (state.Labels.Find(label) < 0)
                    {
                        _newLabels.Add(label);
                    }
                }

                ValidateProperties(node.Properties, i);
            }
        }

        if (state.Labels.Count + _newLabels.Count > GraphState.MaxLabels)
        {
            throw new StoreException("STORE_TOO_MANY_LABELS", $"The store supports at most {GraphState.MaxLabels} labels; this batch would make {state.Labels.Count + _newLabels.Count}.");
        }

        for (int i = 0; i < mutations.Count; i++)
        {
            switch (mutations[i])
            {
                case UpsertNodeMutation:
                    break;
                case UpsertRelationshipMutation relationship:
                    RequireText(relationship.Type, "relationship type", i);
                    _deletions.RequireNotDeleted(relationship.FromKey, i);
                    _deletions.RequireNotDeleted(relationship.ToKey, i);
                    _resolved[2 * i] = RequireNode(state, relationship.FromKey, i);
                    _resolved[(2 * i) + 1] = RequireNode(state, relationship.ToKey, i);
                    Require(relationship.Discriminator is not null, "discriminator is null", i);
                    ValidateProperties(relationship.Properties, i);
                    if (state.Types.Find(relationship.Type) < 0)
                    {
                        _newTypes.Add(relationship.Type);
                    }

                    break;
                case AddToNodeListMutation listItem:
                    _deletions.RequireNotDeleted(listItem.Key, i);
                    _resolved[2 * i] = RequireNode(state, listItem.Key, i);
                    RequireText(listItem.Property, "property key", i);
                    Require(listItem.Value is not null, "list value is null", i);
                    break;
                case RemoveLabelsMutation remove:
                    _deletions.RequireNotDeleted(remove.Key, i);
                    _resolved[2 * i] = RequireNode(state, remove.Key, i);
                    Require(remove.Labels is not null, "labels are missing", i);
                    foreach (string label in remove.Labels!)
                    {
                        RequireText(label, "label", i);
                    }

                    break;
                case DeleteRelationshipMutation delete:
                    RequireText(delete.Type, "relationship type", i);
                    RequireText(delete.FromKey, "relationship end key", i);
                    RequireText(delete.ToKey, "relationship end key", i);
                    Require(delete.Discriminator is not null, "discriminator is null", i);
                    _deletions.RelationshipDeleted(state, delete);
                    break;
                case DeleteNodeMutation delete:
                    RequireText(delete.Key, "node key", i);
                    int deleted = state.Nodes.Keys.Find(delete.Key);
                    if (deleted < 0 || !state.Nodes.IsLive(deleted))
                    {
                        throw new StoreException("STORE_MISSING_NODE", $"Mutation {i}: node '{delete.Key}' does not exist, so it cannot be deleted.");
                    }

                    _resolved[2 * i] = deleted;
                    break;
                default:
                    throw new StoreException("STORE_BAD_BATCH", $"Mutation {i}: unsupported mutation type {mutations[i]?.GetType().Name ?? "null"}.");
            }
        }

        _deletions.RequireNoRelationshipsLeft(state, mutations, _resolved);
        if (state.Types.Count + _newTypes.Count > state.Types.Limit)
        {
            throw new StoreException("STORE_TOO_MANY_TYPES", $"The store supports at most {state.Types.Limit} relationship types.");
        }
    }

    private int RequireNode(GraphState state, string key, int index)
    {
        RequireText(key, "relationship end key", index);
        int node = state.Nodes.Keys.Find(key);
        bool live = node >= 0 && state.Nodes.IsLive(node);
        if (!live && !_batchNodes.Contains(key))
        {
            throw new StoreException("STORE_MISSING_NODE", $"Mutation {index}: node '{key}' exists neither in the store nor in the batch.");
        }

        return node;
    }

    private static void ValidateProperties(IReadOnlyList<KeyValuePair<string, PropertyValue>> properties, int index)
    {
        Require(properties is not null, "properties are missing", index);
        for (int p = 0; p < properties!.Count; p++)
        {
            RequireText(properties[p].Key, "property key", index);
            ValidateValue(properties[p].Value, properties[p].Key, 0, index);
        }
    }

    private static void ValidateValue(PropertyValue value, string key, int depth, int index)
    {
        switch (value.Kind)
        {
            case PropertyKind.StringList:
                IReadOnlyList<string> strings = value.AsStringList;
                for (int j = 0; j < strings.Count; j++)
                {
                    Require(strings[j] is not null, $"property '{key}' has a null list item", index);
                }

                break;
            case PropertyKind.List:
                // The codecs recurse per level, and a list array patched to contain itself would never end.
                Require(depth < MaxListDepth, $"property '{key}' nests lists deeper than {MaxListDepth}", index);
                IReadOnlyList<PropertyValue> items = value.AsList;
                for (int j = 0; j < items.Count; j++)
                {
                    ValidateValue(items[j], key, depth + 1, index);
                }

                break;
            case PropertyKind.Temporal:
                Require(!string.IsNullOrEmpty(value.TemporalText), $"property '{key}' has an empty temporal text", index);
                break;
        }
    }

    private static void RequireText(string? text, string what, int index) =>
        Require(!string.IsNullOrEmpty(text), what + " is empty", index);

    private static void Require(bool condition, string problem, int index)
    {
        if (!condition)
        {
            throw new StoreException("STORE_BAD_BATCH", $"Mutation {index}: {problem}.");
        }
    }
}
