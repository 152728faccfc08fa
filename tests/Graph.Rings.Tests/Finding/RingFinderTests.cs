using Graph.Rings.Finding;
using Graph.Rings.Suspicion;
using Graph.Rings.Tests.Support;
using Graph.Rules;

namespace Graph.Rings.Tests.Finding;

public sealed class RingFinderTests
{
    [Fact]
    public void Two_tight_rings_joined_by_one_weak_link_in_a_big_component_are_cut_apart()
    {
        int[] first = [.. Enumerable.Range(1, 15)];
        int[] second = [.. Enumerable.Range(101, 15)];
        var hits = SyntheticHits.Clique("PL-001", 0.9, first).Concat(SyntheticHits.Clique("VI-003", 0.9, second)).Append(SyntheticHits.Hit("PL-002", 0.3, 1, 101)).ToList();

        var graph = SuspicionGraphBuilder.Build(hits, null);
        var rings = RingFinder.Find(graph);

        Assert.Equal(2, rings.Count);
        Assert.Contains(rings, r => Nodes(graph, r).SetEquals(first));
        Assert.Contains(rings, r => Nodes(graph, r).SetEquals(second));
    }

    [Fact]
    public void Two_small_rings_sharing_one_member_are_cut_apart_and_the_shared_member_goes_to_one_of_them()
    {
        var hits = SyntheticHits.Clique("OI-001", 0.9, 1, 2, 3, 4, 5).Concat(SyntheticHits.Clique("OI-001", 0.9, 5, 6, 7, 8, 9)).ToList();

        var graph = SuspicionGraphBuilder.Build(hits, null);
        var rings = RingFinder.Find(graph);

        Assert.Equal(2, rings.Count);
        Assert.Contains(rings, r => Nodes(graph, r).IsSupersetOf([1, 2, 3, 4]) && !Nodes(graph, r).Overlaps([6, 7, 8, 9]));
        Assert.Contains(rings, r => Nodes(graph, r).IsSupersetOf([6, 7, 8, 9]) && !Nodes(graph, r).Overlaps([1, 2, 3, 4]));
    }

    [Fact]
    public void A_ring_with_two_centres_tied_by_several_hits_is_not_cut_in_two()
    {
        // A bankrupt company (1) with its claimants (11-14), its boss (2) with kin (21-23) who also claim against it.
        var hits = new List<RuleHit>();
        hits.AddRange(new[] { 11, 12, 13, 14 }.Select(c => SyntheticHits.Hit("BL-001", "bankruptcy_labor", 0.8, 1, c)));
        hits.AddRange(new[] { 21, 22, 23 }.Select(k => SyntheticHits.Hit("BL-002", "bankruptcy_labor", 0.8, 2, k)));
        hits.AddRange(new[] { 21, 22, 23 }.Select(k => SyntheticHits.Hit("BL-003", "bankruptcy_labor", 0.7, 1, k)));
        hits.Add(SyntheticHits.Hit("BL-004", "bankruptcy_labor", 0.8, 1, 2));

        var graph = SuspicionGraphBuilder.Build(hits, null);

        Assert.Equal(9, Assert.Single(RingFinder.Find(graph)).Members.Length);
    }

    [Fact]
    public void A_serial_plaintiffs_star_stays_one_ring_however_many_defendants()
    {
        var hits = Enumerable.Range(2, 40).Select(d => SyntheticHits.Hit("PL-005", 0.8, 1, d)).ToList();

        var graph = SuspicionGraphBuilder.Build(hits, null);
        var rings = RingFinder.Find(graph);

        Assert.Single(rings);
        Assert.Equal(41, rings[0].Members.Length);
        Assert.Equal(40, rings[0].Hits.Length);
    }

    [Fact]
    public void A_hit_counts_as_evidence_of_the_ring_holding_at_least_half_of_the_parties_it_names()
    {
        // The broad hit names four members of ring {1,2,3,4} among eight parties: exactly half.
        var hits = SyntheticHits.Clique("PL-001", 0.9, 1, 2, 3, 4).Append(SyntheticHits.Hit("PL-006", 0.1, 1, 2, 3, 4, 20, 21, 22, 23)).ToList();

        var graph = SuspicionGraphBuilder.Build(hits, null);
        var ring = Assert.Single(RingFinder.Find(graph), r => Nodes(graph, r).Contains(1));

        Assert.Contains(ring.Hits, h => graph.Hits[h].RuleId == "PL-006");
    }

    [Fact]
    public void A_hub_joins_the_ring_most_of_its_evidence_points_to_and_no_other()
    {
        var hits = new List<RuleHit>();
        hits.AddRange(SyntheticHits.Clique("PL-001", 0.9, 1, 2, 3));
        hits.AddRange(SyntheticHits.Clique("PL-001", 0.9, 11, 12, 13));
        hits.Add(SyntheticHits.Hit("OI-002", 0.9, 99, 1, 2));
        hits.Add(SyntheticHits.Hit("OI-003", 0.9, 99, 2, 3));
        hits.Add(SyntheticHits.Hit("OI-003", 0.2, 99, 11, 12));

        var graph = SuspicionGraphBuilder.Build(hits, null, new SuspicionOptions { HubMaxPartners = 3 });
        var rings = RingFinder.Find(graph);

        Assert.True(graph.Standing[graph.IndexOf(99)].IsHub);
        Assert.Contains(rings, r => Nodes(graph, r).SetEquals([1, 2, 3, 99]));
        Assert.Contains(rings, r => Nodes(graph, r).SetEquals([11, 12, 13]));
    }

    [Fact]
    public void Two_crews_sharing_a_repair_shop_and_its_representative_come_out_as_two_rings()
    {
        // Shop 1, its legal representative 2 and the representative written without an id (3) are named in every
        // hit; crew 11-14 and crew 21-26 never together. Each crew is tied to the three more than to itself, so
        // community detection alone keeps them whole.
        RuleHit[] hits =
        [
            SyntheticHits.Hit("VI-001", "vehicle_insurance", 0.85, 1, 2, 3, 11, 12, 13, 14),
            SyntheticHits.Hit("VI-002", "vehicle_insurance", 0.8, 1, 2, 3, 11, 12, 13, 14),
            SyntheticHits.Hit("VI-005", "vehicle_insurance", 0.8, 1, 2, 3, 11, 12),
            SyntheticHits.Hit("VI-005", "vehicle_insurance", 0.8, 1, 2, 3, 13, 14),
            SyntheticHits.Hit("VI-003", "vehicle_insurance", 0.85, 1, 2, 3, 21, 22, 23, 24, 25, 26),
            SyntheticHits.Hit("VI-004", "vehicle_insurance", 0.7, 1, 2, 3, 21, 22),
            SyntheticHits.Hit("VI-004", "vehicle_insurance", 0.7, 1, 2, 3, 23, 24),
            SyntheticHits.Hit("VI-004", "vehicle_insurance", 0.7, 1, 2, 3, 25, 26),
        ];

        var graph = SuspicionGraphBuilder.Build(hits, null);
        var rings = RingFinder.Find(graph);

        Assert.Single(RingFinder.Find(graph, new RingFinderOptions { MaxPivots = 0 }));
        Assert.Equal(2, rings.Count);
        Assert.Contains(rings, r => Nodes(graph, r).IsSupersetOf([11, 12, 13, 14]) && !Nodes(graph, r).Overlaps([21, 22, 23, 24, 25, 26]));
        Assert.Contains(rings, r => Nodes(graph, r).IsSupersetOf([21, 22, 23, 24, 25, 26]) && !Nodes(graph, r).Overlaps([11, 12, 13, 14]));
        Assert.Single(rings, r => Nodes(graph, r).IsSupersetOf([1, 2, 3]));
    }

    [Fact]
    public void One_sellers_lots_each_named_by_one_hit_stay_one_ring()
    {
        // Seller 1 and its representative 2 in every lot; each lot's buyers are named together by that lot alone.
        var hits = new List<RuleHit>();
        foreach (int[] lot in new[] { new[] { 11, 12, 13 }, [21, 22, 23], [31, 32, 33] })
        {
            hits.Add(SyntheticHits.Hit("OI-001", "oil_invoice", 0.9, [1, 2, .. lot]));
            hits.AddRange(lot.Select(buyer => SyntheticHits.Hit("OI-001", "oil_invoice", 0.54, 1, buyer)));
        }

        var graph = SuspicionGraphBuilder.Build(hits, null);

        Assert.Equal(11, Assert.Single(RingFinder.Find(graph)).Members.Length);
        Assert.Equal(3, RingFinder.Find(graph, new RingFinderOptions { MinPivotPartRules = 1 }).Count);
    }

    [Fact]
    public void A_crew_named_together_by_one_series_hit_stays_one_ring_without_its_shop()
    {
        // The series hit names the whole crew, so setting the shop aside leaves it joined, whatever the smaller hits say.
        var hits = new List<RuleHit>
        {
            SyntheticHits.Hit("VI-001", "vehicle_insurance", 0.85, 1, 11, 12, 13, 14, 15, 16),
            SyntheticHits.Hit("VI-004", "vehicle_insurance", 0.7, 1, 11, 12, 13),
            SyntheticHits.Hit("VI-004", "vehicle_insurance", 0.7, 1, 14, 15, 16),
        };

        var graph = SuspicionGraphBuilder.Build(hits, null);

        Assert.Equal(7, Assert.Single(RingFinder.Find(graph)).Members.Length);
    }

    [Fact]
    public void A_lone_party_is_not_a_ring()
    {
        var graph = SuspicionGraphBuilder.Build([SyntheticHits.Hit("PL-010", 0.9, 1)], null);

        Assert.Empty(RingFinder.Find(graph));
    }

    private static HashSet<int> Nodes(SuspicionGraph graph, RingCandidate ring) => [.. ring.Members.Select(m => graph.Entities[m].NodeId)];
}
