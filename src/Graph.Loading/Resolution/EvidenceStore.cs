namespace Graph.Loading.Resolution;

/// <summary>The raw tables pass 1 fills for one party kind; <see cref="EvidenceIndex"/> reads them in pass 2.</summary>
internal sealed class EvidenceStore
{
    public const int NoOwner = -1;
    public const int Ambiguous = -2;

    public StringPool Names { get; } = new();

    public StringPool StrongIds { get; } = new();

    /// <summary>One pool per <see cref="EvidenceKind"/>.</summary>
    public StringPool[] Values { get; } = [new(), new(), new()];

    public Dictionary<long, int> PairIds { get; } = [];

    public List<long> PairKeys { get; } = [];

    /// <summary>Per pair: the strong id that used it, <see cref="NoOwner"/>, or <see cref="Ambiguous"/> when several did.</summary>
    public List<int> PairOwners { get; } = [];

    public List<int> PairMentions { get; } = [];

    /// <summary>Pairs that one weak reference carried together (both ends are pair ids).</summary>
    public HashSet<long> WeakLinks { get; } = [];

    /// <summary>(strong id, name) → mentions, for the entity's canonical name.</summary>
    public Dictionary<long, int> StrongNameMentions { get; } = [];

    /// <summary>Name → the one strong id seen with it, or <see cref="Ambiguous"/>.</summary>
    public Dictionary<int, int> StrongByName { get; } = [];

    public Dictionary<int, int> WeakNameMentions { get; } = [];

    public int AddPairMention(int name, EvidenceKind kind, string value)
    {
        var key = EvidencePair.Pack(name, kind, Values[(int)kind].Intern(value));
        if (!PairIds.TryGetValue(key, out var pair))
        {
            pair = PairKeys.Count;
            PairIds.Add(key, pair);
            PairKeys.Add(key);
            PairOwners.Add(NoOwner);
            PairMentions.Add(0);
        }

        PairMentions[pair]++;
        return pair;
    }

    public void ClaimPair(int pair, int owner)
    {
        var current = PairOwners[pair];
        PairOwners[pair] = current == NoOwner || current == owner ? owner : Ambiguous;
    }

    /// <summary>The pair id for a reference's attribute, or -1 when pass 1 never saw it.</summary>
    public int FindPair(string name, EvidenceKind kind, string value)
    {
        var nameId = Names.Find(name);
        var valueId = Values[(int)kind].Find(value);
        if (nameId < 0 || valueId < 0)
        {
            return -1;
        }

        return PairIds.TryGetValue(EvidencePair.Pack(nameId, kind, valueId), out var pair) ? pair : -1;
    }

    /// <summary>The evidence as text ("phone:13800000000"), stable across loads: it seeds weak entity keys.</summary>
    public string Describe(int pair)
    {
        var key = PairKeys[pair];
        var kind = EvidencePair.Kind(key);
        return string.Concat(KindTag(kind), ":", Values[(int)kind][EvidencePair.ValueId(key)]);
    }

    public static string KindTag(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Phone => "phone",
        EvidenceKind.Address => "address",
        _ => "id",
    };
}
