using Graph.Records.Rows;

namespace Graph.Loading.Resolution;

/// <summary>
/// Pass 2 for one reference. In order: a valid id is the key; else a usable name+phone,
/// name+address or name+invalid-id pair that leads to exactly one strong entity (directly, or
/// through the weak cluster it belongs to); else a company's exact name when one strong company
/// has it; else a weak entity of its own cluster (persons, and companies whose name several
/// strong companies share) or of its name (other companies).
/// </summary>
internal static class ReferenceMatcher
{
    public static PartyResolution Match(PartyRef party, in NormalizedReference reference, EvidenceIndex index, string source)
    {
        var label = party.Kind == PartyKind.Company ? EntityKeys.CompanyLabel : EntityKeys.PersonLabel;
        if (reference.ValidId is { } validId)
        {
            return Strong(party, reference, label, validId, MatchReason.Id, index.CanonicalName(validId) ?? reference.Name);
        }

        if (reference.Name is not { } name)
        {
            return Build(party, reference, EntityKeys.Unnamed(label, "ref:" + source + "|" + party.Prefix), MatchReason.New, null);
        }

        var evidence = PairEvidence.Collect(reference, name, index);
        if (evidence.StrongOwner >= 0)
        {
            return Strong(party, reference, label, index, evidence.StrongOwner, evidence.StrongReason!);
        }

        if (party.Kind == PartyKind.Company)
        {
            return MatchCompanyByName(party, reference, name, source, index, evidence);
        }

        if (evidence.FirstUsable < 0)
        {
            // Only a name: never enough to merge two people (two 张伟 are usually two people).
            return Build(party, reference, EntityKeys.WeakPerson(name, "ref:" + source + "|" + party.Prefix), MatchReason.New, name);
        }

        return WeakCluster(party, reference, name, index, evidence, EntityKeys.PersonLabel);
    }

    private static PartyResolution MatchCompanyByName(
        PartyRef party, in NormalizedReference reference, string name, string source, EvidenceIndex index, PairEvidence evidence)
    {
        var byName = index.StrongByName(name);
        if (!evidence.Conflict && byName >= 0)
        {
            return Strong(party, reference, EntityKeys.CompanyLabel, index, byName, MatchReason.Name);
        }

        if (byName == EvidenceStore.Ambiguous)
        {
            // Several registered companies share this name: the name tells them apart no better than 张伟.
            return evidence.FirstUsable < 0
                ? Build(party, reference, EntityKeys.WeakCompany(name, "ref:" + source + "|" + party.Prefix), MatchReason.New, name)
                : WeakCluster(party, reference, name, index, evidence, EntityKeys.CompanyLabel);
        }

        var matched = evidence.FirstUsable >= 0 && index.ClusterMentions(index.Cluster(evidence.FirstUsable)) > 1
            ? evidence.FirstReason!
            : index.WeakNameMentions(name) > 1 ? MatchReason.Name : MatchReason.New;
        return Build(party, reference, EntityKeys.WeakCompany(name), matched, name);
    }

    private static PartyResolution WeakCluster(
        PartyRef party, in NormalizedReference reference, string name, EvidenceIndex index, PairEvidence evidence, string label)
    {
        var cluster = index.Cluster(evidence.FirstUsable);
        var matched = index.ClusterMentions(cluster) > 1 ? evidence.FirstReason! : MatchReason.New;
        var seed = index.ClusterSeed(cluster);
        var key = label == EntityKeys.CompanyLabel ? EntityKeys.WeakCompany(name, seed) : EntityKeys.WeakPerson(name, seed);
        return Build(party, reference, key, matched, name);
    }

    private static PartyResolution Strong(
        PartyRef party, in NormalizedReference reference, string label, EvidenceIndex index, int owner, string matched)
    {
        var id = index.StrongId(owner);
        return Strong(party, reference, label, id, matched, index.CanonicalName(id) ?? reference.Name);
    }

    private static PartyResolution Strong(
        PartyRef party, in NormalizedReference reference, string label, string id, string matched, string? name) =>
        new(party, EntityKeys.Strong(label, id), true, matched, name, id, reference.InvalidId, reference.IdValidity, reference.Phone, reference.Address);

    private static PartyResolution Build(
        PartyRef party, in NormalizedReference reference, string key, string matched, string? name) =>
        new(party, key, false, matched, name, null, reference.InvalidId, reference.IdValidity, reference.Phone, reference.Address);
}
