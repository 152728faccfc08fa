using Graph.Api.Analysis;
using Graph.Api.Store;
using Graph.Rules;

namespace Graph.Api.Tests.Support;

/// <summary>
/// An analysis whose rings and hits the test chooses, per snapshot: the first snapshot the service analyses gets
/// <see cref="Before"/>, every later one <see cref="After"/> (what a load changed). Lists are put in the order the
/// real runner produces (best first, then id).
/// </summary>
public sealed class ScriptedAnalysisRunner(IReadOnlyList<(double Score, string Id)> before, IReadOnlyList<(double Score, string Id)> after) : IAnalysisRunner
{
    private long? _firstVersion;

    public IReadOnlyList<(double Score, string Id)> Before { get; } = before;

    public IReadOnlyList<(double Score, string Id)> After { get; } = after;

    public AnalysisResult Run(GraphSnapshot snapshot, RuleCatalog catalog, string catalogHash, IReadOnlyCollection<string>? ruleIds, AnalysisResult? previous, CancellationToken cancellation)
    {
        _firstVersion ??= snapshot.Version;
        var items = snapshot.Version == _firstVersion ? Before : After;
        var ordered = items.OrderByDescending(i => i.Score).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var rings = ordered
            .Select(i => new RingView("RING-" + i.Id, i.Score, ["auction"], 0m, [], [], [], [], new ScoreBreakdownView(1, 1, 1, i.Score, 0)))
            .ToList();
        var hits = ordered
            .Select(i => new HitView("h_" + i.Id, "A1", "auction", i.Score, "scripted hit " + i.Id, [], []))
            .ToList();
        return new AnalysisResult(snapshot.CacheTag, snapshot.Version, catalogHash, DateTimeOffset.UtcNow, 0, [], hits, rings);
    }
}
