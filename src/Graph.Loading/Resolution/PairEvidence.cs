namespace Graph.Loading.Resolution;

/// <summary>
/// What a weak reference's own name+attribute pairs say: the first usable pair, and the one strong
/// entity they lead to (directly or through their cluster), unless they lead to several (a conflict).
/// </summary>
internal readonly record struct PairEvidence(int FirstUsable, string? FirstReason, int StrongOwner, string? StrongReason, bool Conflict)
{
    public static PairEvidence Collect(in NormalizedReference reference, string name, EvidenceIndex index)
    {
        var firstUsable = -1;
        string? firstReason = null;
        var owner = EvidenceStore.NoOwner;
        string? ownerReason = null;
        var conflict = false;
        for (var kind = EvidenceKind.Phone; kind <= EvidenceKind.InvalidId; kind++)
        {
            if (reference.Evidence(kind) is not { } value
                || index.FindPair(name, kind, value) is not (>= 0 and var pair)
                || !index.IsUsable(pair))
            {
                continue;
            }

            if (firstUsable < 0)
            {
                (firstUsable, firstReason) = (pair, EvidencePair.Reason(kind));
            }

            var pairOwner = index.Owner(pair);
            if (pairOwner < 0)
            {
                pairOwner = index.ClusterOwner(index.Cluster(pair));
            }

            if (pairOwner == EvidenceStore.Ambiguous || (pairOwner >= 0 && owner >= 0 && pairOwner != owner))
            {
                conflict = true;
            }
            else if (pairOwner >= 0 && owner < 0)
            {
                (owner, ownerReason) = (pairOwner, EvidencePair.Reason(kind));
            }
        }

        return conflict
            ? new PairEvidence(firstUsable, firstReason, EvidenceStore.NoOwner, null, true)
            : new PairEvidence(firstUsable, firstReason, owner, ownerReason, false);
    }
}
