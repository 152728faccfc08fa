using System.ComponentModel;

namespace Graph.Api.Analysis;

/// <summary>
/// The rules' hits and the rings found from them on one snapshot with one rule catalog: plain immutable data, so
/// it is shared through the cache (Redis) by every instance serving the same store. Rings come best first (score,
/// then id), hits strongest first (weight, then id): the orders cursors follow.
/// </summary>
[ImmutableObject(true)]
public sealed record AnalysisResult(
    string SnapshotTag,
    long Version,
    string CatalogHash,
    DateTimeOffset ComputedAt,
    double Milliseconds,
    IReadOnlyList<RuleOutcomeView> Outcomes,
    IReadOnlyList<HitView> Hits,
    IReadOnlyList<RingView> Rings)
{
    public string CacheKey => AnalysisKey(SnapshotTag, CatalogHash);

    public static string AnalysisKey(string snapshotTag, string catalogHash) => $"{snapshotTag}:rules-{catalogHash}";
}
