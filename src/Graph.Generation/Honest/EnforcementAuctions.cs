using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Records;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Honest;

/// <summary>
/// Enforcement cases that end in judicial auctions. A lone unrelated bidder at a fair starting price is
/// recorded as a single_bidder look-alike: A2 alone, without A1.
/// </summary>
public static class EnforcementAuctions
{
    public static void Write(World world)
    {
        var rng = world.Rng;
        var creditor = rng.Chance(0.4) ? world.RandomCompany(CompanyRole.Bank) : rng.Chance(0.5) ? world.RandomResident() : world.RandomBusiness();
        var debtor = rng.Chance(0.6) ? world.RandomResident() : world.RandomBusiness();
        var region = Regions.Skewed(rng.Next(10_000));
        var filed = rng.Date(Dates.First, Dates.Last.AddDays(-200));
        var appraisal = rng.Amount(1_200_000, 0.9, 1000);
        var basis = new CaseSpec { Region = region, CaseType = "enforcement", Cause = rng.Chance(0.5) ? "loan_contract" : "private_lending", FiledOn = filed };
        var caseNo = FollowUps.WriteEnforcement(world, basis, creditor, debtor, appraisal * (decimal)(0.4 + rng.NextDouble()), filed);
        var (item, kind) = AuctionRecords.ItemFor(rng, debtor, region);
        var starting = Dates.Hundreds(appraisal * (decimal)(0.7 + rng.NextDouble() * 0.25));
        var notice = filed.AddDays(60 + rng.Next(200));
        var noticeDays = kind == "real_estate" ? 30 + rng.Next(15) : 15 + rng.Next(15);
        foreach (var round in new[] { "1", "2", "sale" })
        {
            var lot = new AuctionRecords.Lot(region, caseNo, debtor, item, kind, appraisal, starting, round, notice, notice.AddDays(noticeDays).ToDateTime(new TimeOnly(10, 0)));
            var roll = rng.Next(100);
            var bounds = world.Profile.LookAlikes.AuctionRounds;
            if (roll < bounds.Unsold)
            {
                AuctionRecords.Write(world, lot, []);
                starting = Dates.Hundreds(starting * (decimal)(0.8 + rng.NextDouble() * 0.1));
                notice = notice.AddDays(noticeDays + 10 + rng.Next(30));
                continue;
            }

            if (roll < bounds.SingleBidder)
            {
                SingleBidder(world, lot);
            }
            else
            {
                AuctionRecords.Write(world, lot, CompetitiveBids(world, lot), winnerDefaults: rng.Chance(0.02));
            }

            return;
        }
    }

    private static void SingleBidder(World world, AuctionRecords.Lot lot)
    {
        var rng = world.Rng;
        var bidder = rng.Chance(0.8) ? world.RandomResident() : world.RandomBusiness();
        var at = lot.StartsAt.AddMinutes(60 + rng.Next(1_300));
        var auctionId = AuctionRecords.Write(world, lot, [new AuctionRecords.Bid(bidder, lot.Starting, at)]);
        var trap = world.Truth.NewTrap("single_bidder", "唯一竞买人以起拍价成交，但与被执行人无关联，起拍价不低于评估价七成");
        trap.Entity(bidder);
        trap.Record("auctions", auctionId);
    }

    /// <summary>Several unrelated bidders raising in steps; a few bids land in the closing minutes, as in any live auction.</summary>
    public static List<AuctionRecords.Bid> CompetitiveBids(World world, AuctionRecords.Lot lot)
    {
        var rng = world.Rng;
        var bidders = Enumerable.Range(0, 2 + rng.Next(4)).Select(_ => rng.Chance(0.85) ? world.RandomResident() : world.RandomBusiness()).ToArray();
        var step = Math.Max(100, Dates.Hundreds(lot.Starting * 0.01m));
        var count = 2 + rng.Next(9);
        var bids = new List<AuctionRecords.Bid>(count);
        var amount = lot.Starting;
        var at = lot.StartsAt.AddMinutes(30 + rng.Next(600));
        for (var i = 0; i < count; i++)
        {
            var late = i >= count - 2 && rng.Chance(0.5);
            at = late ? lot.StartsAt.AddHours(24).AddMinutes(-4 + i) : at.AddMinutes(1 + rng.Next(60));
            bids.Add(new AuctionRecords.Bid(bidders[i % bidders.Length], amount, at));
            amount += step * (1 + rng.Next(3));
        }

        bids.Sort((a, b) => a.At.CompareTo(b.At));
        return bids;
    }
}
