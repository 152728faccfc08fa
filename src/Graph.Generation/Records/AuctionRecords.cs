using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Records;

/// <summary>Writes an auction and its bids; shared by honest enforcement stories and planted auction rings.</summary>
public static class AuctionRecords
{
    public sealed record Lot(Region Region, string EnforcementCaseNo, Entity Owner, string Item, string ItemKind, decimal Appraisal, decimal Starting, string Round, DateOnly NoticeOn, DateTime StartsAt);

    public sealed record Bid(Entity Bidder, decimal Amount, DateTime At, string? PhoneAs = null);

    /// <summary>The last bid wins; status is sold (or defaulted) when there are bids, unsold otherwise.</summary>
    public static string Write(World world, Lot lot, IReadOnlyList<Bid> bids, bool winnerDefaults = false)
    {
        var auctionId = world.Serials.AuctionId();
        var scheduledEnd = lot.StartsAt.AddHours(24);
        var lastBid = bids.Count > 0 ? bids[^1].At : scheduledEnd;
        var endsAt = lastBid > scheduledEnd.AddMinutes(-5) ? lastBid.AddMinutes(5) : scheduledEnd;
        var status = bids.Count == 0 ? "unsold" : winnerDefaults ? "defaulted" : "sold";
        var row = world.Files.Auctions.NewRow()
            .Set("auction_id", auctionId)
            .Set("platform", world.Rng.Pick(Institutions.AuctionPlatforms))
            .Set("court", lot.Region.Court)
            .Set("enforcement_case_no", lot.EnforcementCaseNo)
            .Set("item", lot.Item)
            .Set("item_kind", lot.ItemKind)
            .Set("appraisal_price", lot.Appraisal)
            .Set("starting_price", lot.Starting)
            .Set("deal_price", bids.Count > 0 ? Dates.Money(bids[^1].Amount) : null)
            .Set("round", lot.Round)
            .Set("notice_on", lot.NoticeOn)
            .Set("starts_at", Dates.Timestamp(lot.StartsAt))
            .Set("ends_at", Dates.Timestamp(endsAt))
            .Set("status", status);
        world.Mentions.Put(row, "owner_", lot.Owner);
        world.Files.Auctions.Write(row);

        for (var i = 0; i < bids.Count; i++)
        {
            var bid = world.Files.Bids.NewRow()
                .Set("auction_id", auctionId)
                .Set("amount", bids[i].Amount)
                .Set("bid_at", Dates.Timestamp(bids[i].At))
                .Set("winning", i == bids.Count - 1 ? "1" : "0");
            world.Mentions.Put(bid, "bidder_", bids[i].Bidder, bids[i].PhoneAs);
            world.Files.Bids.Write(bid);
        }

        return auctionId;
    }

    public static (string Item, string Kind) ItemFor(Rng rng, Entity owner, Region region)
    {
        var roll = rng.Next(10);
        return roll switch
        {
            < 6 => ($"{region.Prefix}{rng.Pick(Places.CompoundStems)}{rng.Pick(Places.CompoundKinds)}{1 + rng.Next(30)}幢{1 + rng.Next(25)}0{1 + rng.Next(4)}室{(rng.Chance(0.2) ? "商铺" : "住宅")}", "real_estate"),
            < 8 => ($"{rng.Pick(Places.PlateLetters)}{rng.Next(10_000, 99_999)}{rng.Pick(Places.CarBrands)}小型轿车", "vehicle"),
            < 9 => (owner.IsPerson ? "名下持有的公司股权" : "名下持有的子公司股权", "equity"),
            _ => ($"{region.Prefix}工业用地土地使用权", "land"),
        };
    }
}
