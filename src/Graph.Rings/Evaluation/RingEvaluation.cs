namespace Graph.Rings.Evaluation;

/// <summary>The outcome of <see cref="RingEvaluator"/>: overall and per model figures, false positives with their source, missed rings.</summary>
public sealed record RingEvaluation(
    ModelEvaluation Overall,
    IReadOnlyList<ModelEvaluation> PerModel,
    IReadOnlyList<FalsePositive> FalsePositives,
    IReadOnlyList<TruthRing> Missed)
{
    /// <summary>False-positive rings per source, largest first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> FalsePositiveSources =>
        [.. FalsePositives.GroupBy(f => f.Source).Select(g => KeyValuePair.Create(g.Key, g.Count())).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];
}
