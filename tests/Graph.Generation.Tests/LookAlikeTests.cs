using Graph.Generation.Tests.Support;

namespace Graph.Generation.Tests;

/// <summary>A naive one-field screen must flag more honest records than planted ones, or the data would be too easy.</summary>
public class LookAlikeTests
{
    [Fact]
    public void Fast_consensual_closure_alone_flags_more_honest_cases_than_ring_cases()
    {
        var data = Generated.Get(0.2, 8);
        var ringCases = RingKeys(data, "cases");
        var fast = data.Rows("cases").Where(r => r["closing_method"] is "mediation" or "judicial_confirmation"
            && r["closed_on"] is not null && DateOnly.Parse(r["closed_on"]!).DayNumber - DateOnly.Parse(r["filed_on"]!).DayNumber <= 7).ToArray();
        var honest = fast.Count(r => !ringCases.Contains(r["case_no"]!));
        Assert.True(honest > fast.Length - honest, $"{honest} honest of {fast.Length}");
        Assert.True(data.Rows("cases").Count(r => r["mediator_org"] is not null && !ringCases.Contains(r["case_no"]!)) > 50);
        Assert.True(data.Rows("cases").Count(r => r["defendant_absent"] == "true" && !ringCases.Contains(r["case_no"]!)) > 100);
    }

    [Fact]
    public void Sole_bidder_at_starting_price_alone_flags_more_honest_auctions_than_ring_auctions()
    {
        var data = Generated.Get(0.2, 8);
        var ringAuctions = RingKeys(data, "auctions");
        var bidsPerAuction = data.Rows("bids").GroupBy(r => r["auction_id"]!).ToDictionary(g => g.Key, g => g.Select(r => r["bidder_name"]).Distinct().Count());
        var sole = data.Rows("auctions").Where(r => bidsPerAuction.GetValueOrDefault(r["auction_id"]!) == 1 && r["deal_price"] == r["starting_price"]).ToArray();
        var honest = sole.Count(r => !ringAuctions.Contains(r["auction_id"]!));
        Assert.True(honest > 2 * (sole.Length - honest), $"{honest} honest of {sole.Length}");
    }

    [Fact]
    public void Serial_plaintiffs_are_mostly_institutions()
    {
        var data = Generated.Get(0.2, 8);
        var serial = data.Rows("case_parties").Where(r => r["role"] == "plaintiff").GroupBy(r => Names.Normalize(r["party_name"]!)).Where(g => g.Count() >= 10).ToArray();
        Assert.Contains(serial, g => g.Key.Contains("银行", StringComparison.Ordinal) || g.Key.Contains("贷款", StringComparison.Ordinal));
    }

    private static HashSet<string> RingKeys(Dataset data, string kind) => RingTests.Rings(data)
        .SelectMany(r => r.GetProperty("records").EnumerateArray())
        .Where(r => r.GetProperty("kind").GetString() == kind)
        .Select(r => r.GetProperty("key").GetString()!).ToHashSet();
}
