namespace Graph.Loading.Resolution;

/// <summary>
/// Pass 1 for one party kind: remembers, per normalised name, which phones, addresses and invalid
/// ids were seen with it, which strong entity (if any) each such pair belongs to, and which pairs
/// weak references tie together. Everything is interned ints; no reference is stored.
/// </summary>
internal sealed class EvidenceCollector
{
    private readonly EvidenceStore _store = new();

    public void Observe(in NormalizedReference reference)
    {
        if (reference.Name is null)
        {
            // Without a name nothing is evidence; a strong id still resolves directly.
            return;
        }

        var name = _store.Names.Intern(reference.Name);
        if (reference.ValidId is not null)
        {
            ObserveStrong(reference, name);
            return;
        }

        _store.WeakNameMentions[name] = _store.WeakNameMentions.GetValueOrDefault(name) + 1;
        Span<int> pairs = stackalloc int[3];
        var count = 0;
        for (var kind = EvidenceKind.Phone; kind <= EvidenceKind.InvalidId; kind++)
        {
            if (reference.Evidence(kind) is { } value)
            {
                pairs[count++] = _store.AddPairMention(name, kind, value);
            }
        }

        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                if (pairs[i] != pairs[j])
                {
                    _store.WeakLinks.Add(EvidencePair.Link(pairs[i], pairs[j]));
                }
            }
        }
    }

    public EvidenceIndex Seal(int hubThreshold) => new(_store, hubThreshold);

    private void ObserveStrong(in NormalizedReference reference, int name)
    {
        var owner = _store.StrongIds.Intern(reference.ValidId!);
        var nameKey = ((long)owner << 32) | (uint)name;
        _store.StrongNameMentions[nameKey] = _store.StrongNameMentions.GetValueOrDefault(nameKey) + 1;
        _store.StrongByName[name] = _store.StrongByName.TryGetValue(name, out var seen) && seen != owner
            ? EvidenceStore.Ambiguous
            : owner;
        for (var kind = EvidenceKind.Phone; kind <= EvidenceKind.Address; kind++)
        {
            if (reference.Evidence(kind) is { } value)
            {
                _store.ClaimPair(_store.AddPairMention(name, kind, value), owner);
            }
        }
    }
}
