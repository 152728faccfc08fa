using Graph.Rings.Explaining;
using Graph.Rings.Finding;
using Graph.Rings.Reports;
using Graph.Rings.Scoring;
using Graph.Rings.Suspicion;
using Graph.Rules;
using Graph.Storage.Reading;

namespace Graph.Rings;

/// <summary>
/// The whole of ring detection in one place: hits → suspicion graph → candidate rings → scores →
/// explained rings above the threshold, best first.
/// </summary>
public static class RingDetector
{
    /// <param name="reader">The snapshot the rules ran on (dates, amounts, ids, how busy each party is); null for hits alone.</param>
    /// <param name="ruleSignals">Domain signals per rule id (the rules' `signals:` header), so that two rules for one signal count once.</param>
    public static RingReport Detect(
        IReadOnlyList<RuleHit> hits,
        IGraphReader? reader,
        RingOptions? options = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? ruleSignals = null,
        CancellationToken cancellation = default)
    {
        options ??= RingOptions.Default;
        SuspicionGraph graph = SuspicionGraphBuilder.Build(hits, reader, options.Suspicion, cancellation);
        IReadOnlyList<RingCandidate> candidates = RingFinder.Find(graph, options.Finder, cancellation);
        if (reader is not null && options.Finder.AddCoBidders)
        {
            candidates = new RingExpansion(reader, graph, options.Suspicion).Expand(candidates);
        }

        var scorer = new RingScorer(HitWeights.For(graph.Hits.Select(h => h.Weight)), options.Scoring, ruleSignals);
        var explainer = new RingExplainer(graph, reader);
        // Candidates are scored and explained independently (the explainer and scorer only read), so on all cores;
        // the rings are then taken in candidate order, as a sequential loop would give them.
        var explained = new Ring?[candidates.Count];
        Parallel.For(0, candidates.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            RingCandidate candidate = candidates[i];
            IReadOnlyList<RingRecord> records = explainer.Records(candidate);
            decimal amount = records.Sum(r => r.Amount ?? 0);
            RingScore score = scorer.Score(candidate.Hits.Select(h => graph.Hits[h]), amount);
            if (score.Value >= options.Scoring.MinScore)
            {
                var breakdown = new ScoreBreakdown(score.Rules, score.Signals, score.Models.Count, score.Evidence, score.Value - score.Evidence);
                explained[i] = explainer.Explain(candidate, records, score, amount, breakdown);
            }
        });
        var rings = explained.OfType<Ring>().ToList();
        rings.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : b.Amount != a.Amount ? b.Amount.CompareTo(a.Amount)
            : string.CompareOrdinal(a.Id, b.Id));
        return new RingReport(reader?.Version ?? 0, options.Scoring.MinScore, graph.Hits.Count, candidates.Count, rings);
    }
}
