using Graph.Rings.Reports;
using Graph.Rings.Tests.Support;
using Graph.Rules;

namespace Graph.Rings.Tests.Reports;

public sealed class RingExplainerTests
{
    [Fact]
    public void A_ring_lists_its_records_with_dates_and_amounts_a_timeline_in_date_order_and_the_rules_sentences()
    {
        using var small = new SmallStore();
        small.Person("甲").Person("乙")
            .Case("C2", new DateOnly(2021, 5, 1), 200_000, "甲", "乙")
            .Case("C1", new DateOnly(2020, 3, 1), 100_000, "甲", "乙");
        var reader = small.Open();
        HitEntity[] parties = [new(SmallStore.Node(reader, "Person:甲"), "person", "甲", null), new(SmallStore.Node(reader, "Person:乙"), "person", "乙", null)];
        RuleHit[] hits =
        [
            new("PL-001", "private_lending", 0.9, parties, [new(SmallStore.Node(reader, "Case:C2"), "case", "C2")], "甲 and 乙 share a phone in C2"),
            new("PL-005", "private_lending", 0.8, parties, [new(SmallStore.Node(reader, "Case:C1"), "case", "C1")], "C1 closed by mediation within 5 days"),
        ];

        Ring ring = Assert.Single(RingDetector.Detect(hits, reader).Rings);

        Assert.Equal(["C1", "C2"], ring.Records.Select(r => r.Key));
        Assert.Equal(new DateOnly(2020, 3, 1), ring.Records[0].Date);
        Assert.Equal(300_000m, ring.Amount);
        Assert.Equal(["甲 and 乙 share a phone in C2", "C1 closed by mediation within 5 days"], ring.Evidence.Select(e => e.Text));
        Assert.Equal(4, ring.Timeline.Count);
        Assert.Equal(ring.Timeline.OrderBy(t => t.Date), ring.Timeline);
        Assert.Contains("filed", ring.Timeline[0].Text);
        Assert.Equal(2, ring.Breakdown.Signals);
    }

    [Fact]
    public void The_ring_id_is_the_same_for_the_same_members_whatever_the_order_of_the_hits()
    {
        var hits = SyntheticHits.Clique("PL-001", 0.9, 1, 2, 3).ToList();

        string forward = RingDetector.Detect(hits, null).Rings[0].Id;
        string backward = RingDetector.Detect([.. Enumerable.Reverse(hits)], null).Rings[0].Id;

        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Rings_below_the_threshold_are_not_listed_and_the_rest_come_best_first()
    {
        var hits = SyntheticHits.Clique("PL-001", 0.9, 1, 2, 3).Concat(SyntheticHits.Clique("PL-004", 0.9, 1, 2, 3))
            .Concat(SyntheticHits.Clique("PL-012", 0.9, 11, 12))
            .Concat(SyntheticHits.Clique("PL-012", 0.2, 21, 22))
            .ToList();

        RingReport report = RingDetector.Detect(hits, null, RingOptions.Default with { Scoring = RingOptions.Default.Scoring with { MinScore = 0.4 } });

        Assert.Equal(3, report.CandidateCount);
        Assert.Equal(2, report.Rings.Count);
        Assert.True(report.Rings[0].Score > report.Rings[1].Score);
        Assert.Contains(report.Rings[0].Members, m => m.NodeId == 1);
    }

    [Fact]
    public void A_member_id_failing_its_check_character_is_not_listed_as_the_members_id()
    {
        string valid = SyntheticHits.IdOf(1);
        string misspelt = valid[..17] + (valid[17] == '0' ? '1' : '0');
        HitEntity[] parties = [new(1, "person", "甲", valid), new(2, "person", "乙", misspelt)];
        RuleHit[] hits = [new("PL-001", "private_lending", 0.9, parties, [new(10, "case", "C1")], "甲 and 乙 share a phone")];

        Ring ring = Assert.Single(RingDetector.Detect(hits, null, RingOptions.Default with { Scoring = RingOptions.Default.Scoring with { MinScore = 0.1 } }).Rings);

        Assert.Equal(valid, ring.Members.Single(m => m.Name == "甲").Id);
        Assert.Null(ring.Members.Single(m => m.Name == "乙").Id);
    }
}
