using Graph.Rings.Finding;
using Graph.Rings.Suspicion;
using Graph.Rings.Tests.Support;
using Graph.Rules;

namespace Graph.Rings.Tests.Suspicion;

public sealed class HubControlTests
{
    [Fact]
    public void A_party_named_beside_more_parties_than_any_ring_holds_does_not_merge_two_rings()
    {
        var hits = new List<RuleHit>();
        hits.AddRange(SyntheticHits.Clique("PL-001", 0.9, 1, 2, 3));
        hits.AddRange(SyntheticHits.Clique("PL-001", 0.9, 11, 12, 13));
        hits.Add(SyntheticHits.Hit("PL-006", 0.8, 99, 1));
        hits.Add(SyntheticHits.Hit("PL-006", 0.8, 99, 11));
        hits.AddRange(Enumerable.Range(500, 40).Select(i => SyntheticHits.Hit("PL-006", 0.8, 99, i)));

        var graph = SuspicionGraphBuilder.Build(hits, null, new SuspicionOptions { HubMaxPartners = 30 });
        var rings = RingFinder.Find(graph);

        Assert.True(graph.Standing[graph.IndexOf(99)].IsHub);
        Assert.Contains(rings, r => NodesOf(graph, r).SetEquals([1, 2, 3]));
        Assert.Contains(rings, r => NodesOf(graph, r).SetEquals([11, 12, 13]));
    }

    [Fact]
    public void A_busy_party_whose_records_are_mostly_unflagged_is_a_hub_and_ring_members_are_not()
    {
        using var small = new SmallStore();
        small.Person("bank").Person("a1").Person("a2").Person("b1").Person("b2");
        for (int i = 0; i < 30; i++)
        {
            small.Person($"borrower{i}").Case($"C{i}", new DateOnly(2020, 1, 1).AddDays(i), 50_000, "bank", $"borrower{i}");
        }

        small.Case("A1", new DateOnly(2021, 1, 1), 100_000, "a1", "a2", "bank").Case("A2", new DateOnly(2021, 2, 1), 100_000, "a1", "a2");
        small.Case("B1", new DateOnly(2021, 3, 1), 100_000, "b1", "b2", "bank").Case("B2", new DateOnly(2021, 4, 1), 100_000, "b1", "b2");
        var reader = small.Open();
        int N(string name) => SmallStore.Node(reader, $"Person:{name}");
        RuleHit Hit(string caseNo, params string[] parties) => new(
            "PL-004", "private_lending", 0.9,
            [.. parties.Select(p => new HitEntity(N(p), "person", p, null))],
            [new HitRecord(reader.FindNodeByKey($"Case:{caseNo}"), "case", caseNo)],
            $"{string.Join(" and ", parties)} in {caseNo}");
        RuleHit[] hits = [Hit("A1", "a1", "a2", "bank"), Hit("A2", "a1", "a2"), Hit("B1", "b1", "b2", "bank"), Hit("B2", "b1", "b2")];

        var graph = SuspicionGraphBuilder.Build(hits, reader);
        var rings = RingFinder.Find(graph);

        EntityStanding bank = graph.Standing[graph.IndexOf(N("bank"))];
        Assert.Equal(32, bank.Records);
        Assert.Equal(2, bank.Flagged);
        Assert.True(bank.IsHub);
        Assert.False(graph.Standing[graph.IndexOf(N("a1"))].IsHub);
        Assert.Equal(2, rings.Count);
        Assert.DoesNotContain(rings, r => NodesOf(graph, r).Contains(N("a1")) && NodesOf(graph, r).Contains(N("b1")));
        Assert.DoesNotContain(rings, r => NodesOf(graph, r).Contains(N("bank")));
    }

    [Fact]
    public void A_hit_naming_more_parties_than_the_breadth_limit_ties_none_of_them()
    {
        var graph = SuspicionGraphBuilder.Build([SyntheticHits.Hit("PL-006", 0.9, [.. Enumerable.Range(1, 12)])], null, new SuspicionOptions { MaxHitBreadth = 10 });

        Assert.Equal(0, graph.Links.EdgeCount);
        Assert.Empty(RingFinder.Find(graph));
    }

    [Fact]
    public void The_same_finding_reported_twice_is_one_hit()
    {
        RuleHit hit = SyntheticHits.Hit("PL-001", 0.9, 1, 2);
        RuleHit reversed = hit with { Entities = [.. hit.Entities.Reverse()] };

        var graph = SuspicionGraphBuilder.Build([hit, reversed], null);

        Assert.Single(graph.Hits);
        Assert.Equal(0.9, graph.Links.Weights[0], 6);
    }

    [Fact]
    public void Evidence_between_a_pair_adds_up_over_hits_and_spreads_over_a_broad_hit()
    {
        var graph = SuspicionGraphBuilder.Build(
            [SyntheticHits.Hit("PL-001", 0.8, 1, 2), SyntheticHits.Hit("PL-004", 0.6, 1, 2), SyntheticHits.Hit("PL-006", 0.5, 1, 3, 4, 5, 6)],
            null,
            new SuspicionOptions { BreadthExponent = 1, MinLinkWeight = 0 });

        double Weight(int a, int b)
        {
            int i = graph.IndexOf(a);
            int slot = graph.Links.NeighboursOf(i).IndexOf(graph.IndexOf(b));
            return graph.Links.WeightsOf(i)[slot];
        }

        Assert.Equal(1.4, Weight(1, 2), 6);
        Assert.Equal(0.5 / 4, Weight(1, 3), 6);
    }

    private static HashSet<int> NodesOf(SuspicionGraph graph, RingCandidate ring) => [.. ring.Members.Select(m => graph.Entities[m].NodeId)];
}
