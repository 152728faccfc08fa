using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Graph.Api.Store;
using Graph.Rings;
using Graph.Rings.Reports;
using Graph.Rules;
using Graph.Rules.Running;
using Graph.Storage.Reading;

namespace Graph.Api.Analysis;

/// <summary>The real analysis: Graph.Rules' runner over the catalog, then Graph.Rings' detector over the hits.</summary>
public sealed class RulesAndRingsRunner(TimeSpan ruleTimeLimit) : IAnalysisRunner
{
    public AnalysisResult Run(GraphSnapshot snapshot, RuleCatalog catalog, string catalogHash, IReadOnlyCollection<string>? ruleIds, AnalysisResult? previous, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var reader = snapshot.Reader;
        var reuse = previous is not null && previous.SnapshotTag == snapshot.CacheTag && ruleIds is { Count: > 0 };
        var selected = catalog.Rules.Where(r => !reuse || ruleIds!.Contains(r.Id, StringComparer.OrdinalIgnoreCase)).ToList();
        var report = new RuleRunner(reader).Run(selected, RuleRunOptions.Default with { TimeLimit = ruleTimeLimit }, cancellation);

        var outcomes = new List<RuleOutcomeView>();
        var ruleHits = new List<RuleHit>();
        foreach (var outcome in report.Outcomes)
        {
            outcomes.Add(new RuleOutcomeView(
                outcome.Rule.Id,
                outcome.Hits.Count,
                Math.Round(outcome.Elapsed.TotalMilliseconds, 1),
                outcome.Error?.Code,
                outcome.Error?.Message,
                outcome.Error?.Line ?? 0,
                outcome.Error?.Column ?? 0));
            ruleHits.AddRange(outcome.Hits);
        }

        var hits = ruleHits.Select(h => ToView(reader, h)).ToList();
        if (reuse)
        {
            // Rules not run this time keep what they found before on the same snapshot.
            var rerun = selected.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            outcomes.AddRange(previous!.Outcomes.Where(o => !rerun.Contains(o.RuleId) && catalog.Find(o.RuleId) is not null));
            hits.AddRange(previous.Hits.Where(h => !rerun.Contains(h.RuleId) && catalog.Find(h.RuleId) is not null));
            ruleHits = RebuildHits(reader, hits);
        }

        var signals = catalog.Rules.ToDictionary(r => r.Id, r => r.Signals, StringComparer.Ordinal);
        var rings = RingDetector.Detect(ruleHits, reader, RingOptions.Default, signals, cancellation);
        hits.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : string.CompareOrdinal(a.Id, b.Id));
        var ringViews = rings.Rings.Select(r => ToView(reader, r))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        outcomes.Sort((a, b) => string.CompareOrdinal(a.RuleId, b.RuleId));
        return new AnalysisResult(snapshot.CacheTag, snapshot.Version, catalogHash, DateTimeOffset.UtcNow, Math.Round(clock.Elapsed.TotalMilliseconds, 1), outcomes, hits, ringViews);
    }

    private static HitView ToView(IGraphReader reader, RuleHit hit)
    {
        var entities = hit.Entities.Select(e => new HitEntityView(reader.NodeKey(e.NodeId), e.Kind, e.Name, e.Id)).ToList();
        var records = hit.Records.Select(r => new HitRecordView(reader.NodeKey(r.NodeId), r.Kind, r.Key)).ToList();
        var identity = hit.RuleId + "|" + string.Join(",", entities.Select(e => e.Key).Order(StringComparer.Ordinal)) + "|" + string.Join(",", records.Select(r => r.Key).Order(StringComparer.Ordinal));
        var id = "h_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 10));
        return new HitView(id, hit.RuleId, hit.Model, hit.Weight, hit.Text, entities, records);
    }

    /// <summary>Hits kept from an earlier run hold keys; ring detection wants node numbers of this snapshot.</summary>
    private static List<RuleHit> RebuildHits(IGraphReader reader, IEnumerable<HitView> hits) =>
        hits.Select(h => new RuleHit(
                h.RuleId,
                h.Model,
                h.Weight,
                h.Entities.Select(e => new HitEntity(reader.FindNodeByKey(e.Key), e.Kind, e.Name, e.Identifier)).Where(e => e.NodeId >= 0).ToList(),
                h.Records.Select(r => new HitRecord(reader.FindNodeByKey(r.Key), r.Kind, r.Number)).Where(r => r.NodeId >= 0).ToList(),
                h.Text))
            .ToList();

    private static RingView ToView(IGraphReader reader, Ring ring) => new(
        ring.Id,
        Math.Round(ring.Score, 6),
        ring.Models,
        ring.Amount,
        ring.Members.Select(m => new RingMemberView(reader.NodeKey(m.NodeId), m.Kind, m.Name, m.Id, m.Hits)).ToList(),
        ring.Records.Select(r => new RingRecordView(reader.NodeKey(r.NodeId), r.Kind, r.Key, r.Date, r.Amount)).ToList(),
        ring.Evidence.Select(e => new RingEvidenceView(e.Rule, e.Model, e.Weight, e.Text, e.Records)).ToList(),
        ring.Timeline.Select(t => new TimelineEntryView(t.Date, t.Kind, t.Key, t.Text)).ToList(),
        new ScoreBreakdownView(ring.Breakdown.Rules, ring.Breakdown.Signals, ring.Breakdown.Models, ring.Breakdown.Evidence, ring.Breakdown.Money));
}
