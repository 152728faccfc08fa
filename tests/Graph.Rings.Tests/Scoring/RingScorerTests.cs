using Graph.Rings.Scoring;
using Graph.Rings.Suspicion;
using Graph.Rings.Tests.Support;
using Graph.Rules;

namespace Graph.Rings.Tests.Scoring;

public sealed class RingScorerTests
{
    private static readonly RingScorer Scorer = new(HitWeights.For([1.0]), ScoringOptions.Default);

    [Fact]
    public void Every_added_independent_signal_raises_the_score()
    {
        string[] rules = ["PL-001", "PL-004", "PL-005", "PL-008", "PL-013"];
        double previous = 0;
        for (int n = 1; n <= rules.Length; n++)
        {
            double score = Scorer.Score(rules.Take(n).Select(r => SyntheticHits.Hit(r, 0.6, 1, 2)), 0).Value;
            Assert.True(score > previous, $"{n} signals scored {score}, not above {previous}");
            previous = score;
        }
    }

    [Fact]
    public void A_repeat_of_one_rule_raises_the_score_but_less_than_a_new_signal()
    {
        RuleHit first = SyntheticHits.Hit("PL-001", 0.6, 1, 2);
        double one = Scorer.Score([first], 0).Value;
        double repeated = Scorer.Score([first, SyntheticHits.Hit("PL-001", 0.6, 1, 3)], 0).Value;
        double independent = Scorer.Score([first, SyntheticHits.Hit("PL-004", 0.6, 1, 3)], 0).Value;

        Assert.True(repeated > one);
        Assert.True(independent > repeated);
    }

    [Fact]
    public void Stronger_evidence_scores_higher()
    {
        double weak = Scorer.Score([SyntheticHits.Hit("PL-001", 0.5, 1, 2), SyntheticHits.Hit("PL-004", 0.5, 1, 2)], 0).Value;
        double strong = Scorer.Score([SyntheticHits.Hit("PL-001", 0.9, 1, 2), SyntheticHits.Hit("PL-004", 0.5, 1, 2)], 0).Value;

        Assert.True(strong > weak);
    }

    [Fact]
    public void Two_rules_testing_one_signal_count_as_one_signal()
    {
        var signals = new Dictionary<string, IReadOnlyList<string>> { ["PL-001"] = ["L2"], ["PL-002"] = ["L2"], ["PL-004"] = ["L3", "L4"] };
        var scorer = new RingScorer(HitWeights.For([1.0]), ScoringOptions.Default, signals);

        RingScore sameSignal = scorer.Score([SyntheticHits.Hit("PL-001", 0.6, 1, 2), SyntheticHits.Hit("PL-002", 0.6, 1, 2)], 0);
        RingScore twoSignals = scorer.Score([SyntheticHits.Hit("PL-001", 0.6, 1, 2), SyntheticHits.Hit("PL-004", 0.6, 1, 2)], 0);

        Assert.Equal(1, sameSignal.Signals);
        Assert.Equal(2, sameSignal.Rules);
        Assert.Equal(2, twoSignals.Signals);
        Assert.True(twoSignals.Value > sameSignal.Value);
    }

    [Fact]
    public void Money_sharpens_evidence_but_makes_nothing_of_no_evidence()
    {
        RuleHit[] hits = [SyntheticHits.Hit("PL-001", 0.6, 1, 2)];

        Assert.True(Scorer.Score(hits, 5_000_000m).Value > Scorer.Score(hits, 50_000m).Value);
        Assert.Equal(Scorer.Score(hits, 0).Value, Scorer.Score(hits, 50_000m).Value, 12);
        Assert.Equal(0, Scorer.Score([], 50_000_000m).Value);
    }

    [Fact]
    public void Hundreds_of_strong_hits_still_score_a_number_below_one()
    {
        var hits = Enumerable.Range(0, 300).Select(i => SyntheticHits.Hit($"R{i % 30}", 0.99, 1, 2)).ToList();

        double score = Scorer.Score(hits, 1e9m).Value;

        Assert.True(double.IsFinite(score));
        Assert.InRange(score, 0.99, 1.0);
    }

    [Fact]
    public void Severity_weights_above_one_are_read_relative_to_the_strongest()
    {
        var weights = HitWeights.For([2.0, 10.0]);

        Assert.Equal(0.2, weights.Strength(2.0), 12);
        Assert.Equal(1.0, weights.Strength(10.0), 12);
        Assert.Equal(0.0, weights.Strength(double.NaN));
    }
}
