using Graph.Rings.Tests.Support;
using Graph.Rules;

namespace Graph.Rings.Tests.Finding;

public sealed class RingExpansionTests
{
    [Fact]
    public void The_other_bidders_of_an_auction_an_auction_rule_flagged_join_its_ring()
    {
        using var small = new SmallStore();
        small.Person("debtor").Person("winner").Person("shill").Auction("600000000001", "debtor", "winner", "shill");
        var reader = small.Open();
        HitEntity Party(string name) => new(SmallStore.Node(reader, $"Person:{name}"), "person", name, null);
        var auction = new HitRecord(SmallStore.Node(reader, "Auction:600000000001"), "auction", "600000000001");
        RuleHit[] hits =
        [
            new("AU-001", "auction", 0.9, [Party("winner"), Party("debtor")], [auction], "winner is kin of the debtor"),
            new("AU-003", "auction", 0.7, [Party("debtor"), Party("winner")], [auction], "started below 70% of the appraisal"),
        ];

        var ring = Assert.Single(RingDetector.Detect(hits, reader).Rings);

        Assert.Equal(["debtor", "shill", "winner"], ring.Members.Select(m => m.Name).Order());
        Assert.Equal(0, ring.Members.Single(m => m.Name == "shill").Hits);
    }

    [Fact]
    public void An_auction_cited_by_another_models_rule_brings_in_no_bidders()
    {
        using var small = new SmallStore();
        small.Person("debtor").Person("friend").Person("stranger").Auction("600000000002", "debtor", "stranger")
            .Case("C1", new DateOnly(2022, 1, 1), 90_000, "friend", "debtor");
        var reader = small.Open();
        HitEntity Party(string name) => new(SmallStore.Node(reader, $"Person:{name}"), "person", name, null);
        RuleHit[] hits =
        [
            new("PL-011", "private_lending", 0.9, [Party("friend"), Party("debtor")],
                [new(SmallStore.Node(reader, "Auction:600000000002"), "auction", "600000000002"), new(SmallStore.Node(reader, "Case:C1"), "case", "C1")],
                "friend sued the debtor days before the auction paid out"),
        ];

        var ring = Assert.Single(RingDetector.Detect(hits, reader).Rings);

        Assert.DoesNotContain(ring.Members, m => m.Name == "stranger");
    }
}
