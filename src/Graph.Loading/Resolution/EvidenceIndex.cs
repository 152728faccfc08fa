namespace Graph.Loading.Resolution;

/// <summary>
/// Pass-1 evidence of one party kind, sealed: which pairs are usable (not a hub, not claimed by
/// two strong entities), which weak clusters they form, and which strong entity a cluster reaches.
/// Every derived value depends only on the set of references seen, never on their order.
/// </summary>
internal sealed class EvidenceIndex
{
    private readonly EvidenceStore _store;
    private readonly bool[] _usable;
    private readonly UnionFind _clusters;
    private readonly int[] _clusterOwner;
    private readonly int[] _clusterSeed;
    private readonly int[] _clusterMentions;
    private readonly Dictionary<int, int> _canonicalNames;

    public EvidenceIndex(EvidenceStore store, int hubThreshold)
    {
        _store = store;
        var pairs = store.PairKeys.Count;
        _usable = MarkUsable(store, hubThreshold, out var hubs);
        HubValues = hubs;
        _clusters = new UnionFind(pairs);
        foreach (var link in store.WeakLinks)
        {
            var a = (int)(link >> 32);
            var b = (int)(link & 0xFFFF_FFFF);
            if (_usable[a] && _usable[b])
            {
                _clusters.Union(a, b);
            }
        }

        _clusterOwner = new int[pairs];
        _clusterSeed = new int[pairs];
        _clusterMentions = new int[pairs];
        SummariseClusters();
        _canonicalNames = CanonicalNames(store);
    }

    /// <summary>Phones, addresses and ids used with more distinct names than the hub threshold.</summary>
    public int HubValues { get; }

    public int FindPair(string name, EvidenceKind kind, string value) => _store.FindPair(name, kind, value);

    public bool IsUsable(int pair) => _usable[pair];

    public int Owner(int pair) => _store.PairOwners[pair];

    public int Cluster(int pair) => _clusters.Find(pair);

    public int ClusterOwner(int cluster) => _clusterOwner[cluster];

    public int ClusterMentions(int cluster) => _clusterMentions[cluster];

    /// <summary>The cluster's smallest evidence string: the same cluster yields the same seed in every load.</summary>
    public string ClusterSeed(int cluster) => _store.Describe(_clusterSeed[cluster]);

    public string StrongId(int owner) => _store.StrongIds[owner];

    public int StrongByName(string name) =>
        _store.Names.Find(name) is var id and >= 0 && _store.StrongByName.TryGetValue(id, out var owner)
            ? owner
            : EvidenceStore.NoOwner;

    public int WeakNameMentions(string name) =>
        _store.Names.Find(name) is var id and >= 0 ? _store.WeakNameMentions.GetValueOrDefault(id) : 0;

    /// <summary>The name a strong entity goes by: its most frequent normalised name, ties to the ordinal smallest.</summary>
    public string? CanonicalName(string strongId) =>
        _store.StrongIds.Find(strongId) is var id and >= 0 && _canonicalNames.TryGetValue(id, out var name)
            ? _store.Names[name]
            : null;

    private static bool[] MarkUsable(EvidenceStore store, int hubThreshold, out int hubs)
    {
        var namesPerValue = new int[3][];
        for (var k = 0; k < 3; k++)
        {
            namesPerValue[k] = new int[store.Values[k].Count];
        }

        foreach (var key in store.PairKeys)
        {
            namesPerValue[(int)EvidencePair.Kind(key)][EvidencePair.ValueId(key)]++;
        }

        hubs = 0;
        foreach (var counts in namesPerValue)
        {
            foreach (var c in counts)
            {
                hubs += c > hubThreshold ? 1 : 0;
            }
        }

        var usable = new bool[store.PairKeys.Count];
        for (var i = 0; i < usable.Length; i++)
        {
            var key = store.PairKeys[i];
            var distinctNames = namesPerValue[(int)EvidencePair.Kind(key)][EvidencePair.ValueId(key)];
            usable[i] = distinctNames <= hubThreshold && store.PairOwners[i] != EvidenceStore.Ambiguous;
        }

        return usable;
    }

    private void SummariseClusters()
    {
        Array.Fill(_clusterOwner, EvidenceStore.NoOwner);
        Array.Fill(_clusterSeed, -1);
        for (var pair = 0; pair < _usable.Length; pair++)
        {
            if (!_usable[pair])
            {
                continue;
            }

            var root = _clusters.Find(pair);
            _clusterMentions[root] += _store.PairMentions[pair];
            var owner = _store.PairOwners[pair];
            if (owner >= 0)
            {
                var current = _clusterOwner[root];
                _clusterOwner[root] = current == EvidenceStore.NoOwner || current == owner ? owner : EvidenceStore.Ambiguous;
            }

            if (_clusterSeed[root] < 0 || ComparePairs(pair, _clusterSeed[root]) < 0)
            {
                _clusterSeed[root] = pair;
            }
        }
    }

    private int ComparePairs(int a, int b)
    {
        var ka = _store.PairKeys[a];
        var kb = _store.PairKeys[b];
        var byKind = string.CompareOrdinal(EvidenceStore.KindTag(EvidencePair.Kind(ka)), EvidenceStore.KindTag(EvidencePair.Kind(kb)));
        if (byKind != 0)
        {
            return byKind;
        }

        var values = _store.Values[(int)EvidencePair.Kind(ka)];
        return string.CompareOrdinal(values[EvidencePair.ValueId(ka)], values[EvidencePair.ValueId(kb)]);
    }

    private static Dictionary<int, int> CanonicalNames(EvidenceStore store)
    {
        var best = new Dictionary<int, (int Name, int Mentions)>();
        foreach (var (key, mentions) in store.StrongNameMentions)
        {
            var owner = (int)(key >> 32);
            var name = (int)(key & 0xFFFF_FFFF);
            if (!best.TryGetValue(owner, out var current)
                || mentions > current.Mentions
                || (mentions == current.Mentions && string.CompareOrdinal(store.Names[name], store.Names[current.Name]) < 0))
            {
                best[owner] = (name, mentions);
            }
        }

        return best.ToDictionary(p => p.Key, p => p.Value.Name);
    }
}
