using Graph.Storage.Columns;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.State;

/// <summary>
/// The writer's mutable graph: columns and tables with no object per node or relationship.
/// Owned by the single writer thread; readers only see frozen views taken at publish.
/// </summary>
internal sealed partial class GraphState
{
    internal const int MaxLabels = 63;

    private readonly PropertyRecordEditor _editor = new();
    private RelationshipDedupeIndex? _dedupe;
    private NodeDegrees? _degrees;
    private readonly List<int> _deletedNodes = [];
    private readonly HashSet<int> _detachedNodes = [];
    private int[] _nodeIds = new int[256];

    public TokenTable Labels { get; } = new(MaxLabels);

    public TokenTable Types { get; } = new(ushort.MaxValue);

    public TokenTable PropertyKeys { get; } = new(int.MaxValue);

    public StringIdTable Strings { get; } = new();

    public NodeColumns Nodes { get; } = new();

    public RelationshipColumns Relationships { get; } = new();

    public ByteArena Arena { get; set; } = new();

    public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);

    public long Version { get; set; }

    private RelationshipDedupeIndex Dedupe => _dedupe ??= new RelationshipDedupeIndex(Relationships);

    public NodeDegrees Degrees => _degrees ??= NodeDegrees.Build(Relationships, Nodes.Count);

    /// <summary>The live relationship with this identity, or -1.</summary>
    public int FindRelationship(string type, string fromKey, string toKey, string discriminator)
    {
        int typeId = Types.Find(type);
        int start = Nodes.Keys.Find(fromKey);
        int end = Nodes.Keys.Find(toKey);
        int discriminatorId = Strings.Find(discriminator);
        return typeId < 0 || start < 0 || end < 0 || discriminatorId < 0 ? -1 : Dedupe.Find(typeId, start, end, discriminatorId);
    }

    /// <summary>
    /// Applies an already validated batch; cannot fail half-way for a valid batch.
    /// <paramref name="resolvedNodes"/> are ids the validator already looked up (two per mutation, -1 unknown).
    /// </summary>
    public void Apply(IReadOnlyList<GraphMutation> mutations, ReadOnlySpan<int> resolvedNodes = default)
    {
        if (_nodeIds.Length < mutations.Count)
        {
            _nodeIds = new int[mutations.Count];
        }

        // Nodes first, so a relationship may name a node that the batch upserts later.
        for (int i = 0; i < mutations.Count; i++)
        {
            if (mutations[i] is UpsertNodeMutation node)
            {
                int id = Nodes.Keys.Find(node.Key);
                _nodeIds[i] = id >= 0 ? id : Nodes.Add(node.Key);
            }
        }

        // Node deletions go last, so that a batch's relationship deletions count before the "no relationships left" rule.
        _deletedNodes.Clear();
        _detachedNodes.Clear();
        for (int i = 0; i < mutations.Count; i++)
        {
            switch (mutations[i])
            {
                case UpsertNodeMutation node:
                    ApplyNode(_nodeIds[i], node);
                    break;
                case DeleteNodeMutation delete:
                    CollectNodeDeletion(delete);
                    break;
                case DeleteRelationshipMutation delete:
                    int deletedRelationship = FindRelationship(delete.Type, delete.FromKey, delete.ToKey, delete.Discriminator);
                    if (deletedRelationship >= 0)
                    {
                        DeleteRelationship(deletedRelationship);
                    }

                    break;
                case RemoveLabelsMutation remove:
                    RemoveLabels(Nodes.Keys.Find(remove.Key), remove.Labels);
                    break;
                case UpsertRelationshipMutation relationship:
                    ApplyRelationship(relationship, Resolve(resolvedNodes, 2 * i, relationship.FromKey), Resolve(resolvedNodes, (2 * i) + 1, relationship.ToKey));
                    break;
                case AddToNodeListMutation listItem:
                    ApplyListItem(listItem, Resolve(resolvedNodes, 2 * i, listItem.Key));
                    break;
                default:
                    throw new StoreException("STORE_BAD_BATCH", $"Unknown mutation {mutations[i].GetType().Name}.");
            }
        }

        DeleteCollectedNodes();
    }

    private int Resolve(ReadOnlySpan<int> resolvedNodes, int index, string key) =>
        index < resolvedNodes.Length && resolvedNodes[index] >= 0 ? resolvedNodes[index] : Nodes.Keys.Find(key);

    private void ApplyNode(int node, UpsertNodeMutation mutation)
    {
        if (!Nodes.IsLive(node))
        {
            Nodes.Labels.Set(node, 0);
        }

        ulong mask = Nodes.Labels[node];
        ulong updated = mask;
        for (int i = 0; i < mutation.Labels.Count; i++)
        {
            updated |= 1UL << Labels.GetOrAdd(mutation.Labels[i]);
        }

        if (updated != mask)
        {
            Nodes.Labels.Set(node, updated);
        }

        if (mutation.Properties.Count > 0)
        {
            long address = Nodes.Properties[node];
            long rewritten = Rewrite(address, mutation.Properties);
            if (rewritten != address)
            {
                Nodes.Properties.Set(node, rewritten);
            }
        }
    }

    private void ApplyRelationship(UpsertRelationshipMutation mutation, int start, int end)
    {
        int type = Types.GetOrAdd(mutation.Type);
        int discriminator = Strings.GetOrAdd(mutation.Discriminator);
        int relationship = Dedupe.Find(type, start, end, discriminator);
        if (relationship < 0)
        {
            relationship = Relationships.Add(type, start, end, discriminator);
            Dedupe.Added(relationship);
            _degrees?.Add(start, 1);
            _degrees?.Add(end, 1);
        }

        if (mutation.Properties.Count > 0)
        {
            long address = Relationships.Properties[relationship];
            long rewritten = Rewrite(address, mutation.Properties);
            if (rewritten != address)
            {
                Relationships.Properties.Set(relationship, rewritten);
            }
        }
    }

    private void ApplyListItem(AddToNodeListMutation mutation, int node)
    {
        long address = Nodes.Properties[node];
        ReadOnlySpan<byte> old = Arena.Read(address);
        _editor.Load(old);
        _editor.AddToList(PropertyKeys.GetOrAdd(mutation.Property), Strings.GetOrAdd(mutation.Value));
        long rewritten = Store(old, address, _editor.Build());
        if (rewritten != address)
        {
            Nodes.Properties.Set(node, rewritten);
        }
    }

    private long Rewrite(long address, IReadOnlyList<KeyValuePair<string, PropertyValue>> properties)
    {
        ReadOnlySpan<byte> old = Arena.Read(address);
        _editor.Load(old);
        for (int i = 0; i < properties.Count; i++)
        {
            _editor.Set(PropertyKeys.GetOrAdd(properties[i].Key), properties[i].Value, Strings);
        }

        return Store(old, address, _editor.Build());
    }

    private long Store(ReadOnlySpan<byte> old, long address, ReadOnlySpan<byte> record) =>
        record.SequenceEqual(old) ? address : Arena.Append(record);

    /// <summary>Forgets the dedupe index after the relationship columns were replaced wholesale.</summary>
    public void ResetDerived()
    {
        _dedupe = null;
        _degrees = null;
    }
}
