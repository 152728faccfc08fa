using Graph.Rings.Suspicion;
using Graph.Rules;

namespace Graph.Rings.Scoring;

/// <summary>
/// Scores a ring from its evidence. Each domain signal the fired rules test (L2, B1... the first of the rules'
/// `signals:` header; the rule id when a rule names none) is one independent piece of evidence; signals
/// combine as noisy-OR (score = 1 - Π(1 - p_signal)), so a ring with two unrelated signals beats one with a
/// single signal seen many times (two rule variants of one signal count once), and every added hit raises
/// the score (monotone). Money then scales the odds: a large sum makes the same evidence more urgent, no
/// sum makes a ring of nothing.
/// </summary>
public sealed class RingScorer(HitWeights weights, ScoringOptions options, IReadOnlyDictionary<string, IReadOnlyList<string>>? ruleSignals = null)
{
    public RingScore Score(IEnumerable<RuleHit> hits, decimal amount)
    {
        var bySignal = new Dictionary<string, (double Max, int Count)>(StringComparer.Ordinal);
        var byModel = new Dictionary<string, double>(StringComparer.Ordinal);
        var rules = new HashSet<string>(StringComparer.Ordinal);
        foreach (RuleHit hit in hits)
        {
            double s = weights.Strength(hit.Weight) * options.SignalCredibility;
            rules.Add(hit.RuleId);
            string signal = SignalOf(hit.RuleId);
            var (max, count) = bySignal.GetValueOrDefault(signal);
            bySignal[signal] = (Math.Max(max, s), count + 1);

            byModel[hit.Model] = byModel.GetValueOrDefault(hit.Model) + s;
        }

        // In log space: a ring with dozens of strong hits would underflow the product of doubts to 0.
        double logDoubt = 0;
        foreach (var (max, count) in bySignal.Values)
        {
            logDoubt += (1 + (options.RepeatBoost * Math.Log(count))) * Math.Log(1 - Math.Min(max, 0.999));
        }

        double evidence = -double.ExpM1(logDoubt);
        double logOdds = Math.Log(-double.ExpM1(logDoubt)) - logDoubt + Math.Log(1 + (options.MoneyBoost * MoneyFactor(amount)));
        double value = bySignal.Count == 0 ? 0 : 1 / (1 + Math.Exp(-logOdds));
        var models = byModel.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Key).ToList();
        return new RingScore(value, evidence, rules.Count, bySignal.Count, models);
    }

    /// <summary>
    /// A rule's first listed signal is the one it tests; the others say what its hits often come with (PL-004
    /// "L3, L4, L5": related opponents, often settled fast or undefended), so only the first keys independence.
    /// </summary>
    private string SignalOf(string ruleId) =>
        ruleSignals is not null && ruleSignals.TryGetValue(ruleId, out var signals) && signals.Count > 0 ? signals[0] : ruleId;

    /// <summary>0 below the floor, 1 at the ceiling, logarithmic between.</summary>
    public double MoneyFactor(decimal amount)
    {
        double a = (double)amount;
        if (a <= options.MoneyFloor)
        {
            return 0;
        }

        double f = Math.Log(a / options.MoneyFloor) / Math.Log(options.MoneyCeiling / options.MoneyFloor);
        return Math.Clamp(f, 0, 1);
    }
}
