using Graph.Records.Rows;

namespace Graph.Loading.Resolution;

/// <summary>Counts resolutions as they happen; distinct entities are counted by 64-bit key hashes to stay small.</summary>
internal sealed class ResolutionTally
{
    private readonly Dictionary<string, long> _byMatched = new(StringComparer.Ordinal);
    private readonly HashSet<ulong>[] _entities = [[], [], [], []];
    private long _references;
    private long _invalidIds;

    public void Count(PartyResolution resolution)
    {
        _references++;
        _byMatched[resolution.Matched] = _byMatched.GetValueOrDefault(resolution.Matched) + 1;
        _invalidIds += resolution.InvalidId is null ? 0 : 1;
        var slot = (resolution.Kind == PartyKind.Company ? 2 : 0) + (resolution.IsStrong ? 0 : 1);
        _entities[slot].Add(StableHash.Of(resolution.Key));
    }

    public ResolutionSummary Summarise(long hubIdentifiers)
    {
        var byMatched = new SortedDictionary<string, long>(_byMatched, StringComparer.Ordinal);
        return new ResolutionSummary(
            _references,
            byMatched,
            _entities[0].Count,
            _entities[1].Count,
            _entities[2].Count,
            _entities[3].Count,
            _invalidIds,
            hubIdentifiers);
    }
}
