using Graph.Rings.Reports;

namespace Graph.Rings.Evaluation;

/// <summary>
/// Scores listed rings against a ground truth: ring-level precision and recall under <see cref="RingMatch"/>,
/// member-level precision, recall and F1 (is a listed party a member of a planted ring?), per model, and
/// where the false positives came from. Members are identified by <see cref="MemberIdentity"/>; a party the
/// truth does not know is a false member; two store nodes standing for one true entity count once.
/// </summary>
public static class RingEvaluator
{
    public static RingEvaluation Evaluate(RingReport report, TruthFile truth)
    {
        var identity = new MemberIdentity(truth);
        var plantedOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int j = 0; j < truth.Rings.Count; j++)
        {
            foreach (string entity in truth.Rings[j].Members.Select(m => m.Entity).Distinct(StringComparer.Ordinal))
            {
                (plantedOf.TryGetValue(entity, out var list) ? list : plantedOf[entity] = []).Add(j);
            }
        }

        var trapOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (TruthEntity e in truth.Traps.SelectMany(t => t.Entities, (t, e) => e with { Kind = t.Kind }))
        {
            trapOf.TryAdd(e.Entity, e.Kind);
        }

        int[] plantedSize = [.. truth.Rings.Select(r => r.Members.Select(m => m.Entity).Distinct(StringComparer.Ordinal).Count())];
        var found = new bool[truth.Rings.Count];
        var listed = new List<ListedRing>();
        var falsePositives = new List<FalsePositive>();
        foreach (Ring ring in report.Rings)
        {
            var keys = new HashSet<string>(ring.Members.Select(m => identity.Of(m) ?? $"node:{m.NodeId}"), StringComparer.Ordinal);
            var overlap = new Dictionary<int, int>();
            foreach (string key in keys)
            {
                foreach (int j in plantedOf.GetValueOrDefault(key) ?? [])
                {
                    overlap[j] = overlap.GetValueOrDefault(j) + 1;
                }
            }

            var matched = overlap.Where(o => RingMatch.Holds(o.Value, plantedSize[o.Key], keys.Count)).ToList();
            foreach (var (j, _) in matched)
            {
                found[j] = true;
            }

            if (matched.Count > 0)
            {
                listed.Add(new ListedRing(keys, true, truth.Rings[matched.MaxBy(o => o.Value).Key].Model));
                continue;
            }

            listed.Add(new ListedRing(keys, false, ring.Models.Count > 0 ? ring.Models[0] : "unknown"));
            falsePositives.Add(Explain(ring, keys, trapOf, plantedOf));
        }

        var models = truth.Rings.Select(r => r.Model).Concat(listed.Select(l => l.Model)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var perModel = models.Select(m => Figures(m, truth, found, listed, model => model == m)).ToList();
        return new RingEvaluation(Figures("all", truth, found, listed, _ => true), perModel, falsePositives, [.. truth.Rings.Where((_, j) => !found[j])]);
    }

    private static FalsePositive Explain(Ring ring, HashSet<string> keys, Dictionary<string, string> trapOf, Dictionary<string, List<int>> plantedOf)
    {
        int trapMembers = keys.Count(trapOf.ContainsKey);
        int ringMembers = keys.Count(plantedOf.ContainsKey);
        string source = trapMembers > 0 && trapMembers >= ringMembers
            ? "trap:" + keys.Where(trapOf.ContainsKey).GroupBy(k => trapOf[k]).MaxBy(g => g.Count())!.Key
            : ringMembers > 0 ? "fragment" : "unexplained";
        return new FalsePositive(ring.Id, ring.Score, source, keys.Count, trapMembers, ringMembers);
    }

    private static ModelEvaluation Figures(string name, TruthFile truth, bool[] found, List<ListedRing> listed, Func<string, bool> inModel)
    {
        var mine = listed.Where(l => inModel(l.Model)).ToList();
        var predictedMembers = new HashSet<string>(mine.SelectMany(l => l.Keys), StringComparer.Ordinal);
        var planted = Enumerable.Range(0, truth.Rings.Count).Where(j => inModel(truth.Rings[j].Model)).ToList();
        var expectedMembers = new HashSet<string>(planted.SelectMany(j => truth.Rings[j].Members.Select(m => m.Entity)), StringComparer.Ordinal);
        return new ModelEvaluation(
            name,
            new Figures(mine.Count(l => l.Matched), mine.Count, mine.Count),
            new Figures(planted.Count(j => found[j]), planted.Count, planted.Count),
            new Figures(predictedMembers.Count(expectedMembers.Contains), predictedMembers.Count, expectedMembers.Count));
    }

    /// <summary>A listed ring as the truth sees it: the entities it names, whether it matched, the model it goes under.</summary>
    private sealed record ListedRing(HashSet<string> Keys, bool Matched, string Model);
}
