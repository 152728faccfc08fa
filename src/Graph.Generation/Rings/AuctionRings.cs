using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Rings;

/// <summary>
/// The debtor's asset goes cheaply to his own people: A1 winner linked to the debtor, A2 sole bid at the
/// starting price, A3 a low start, deep re-auction cut or short notice, A5 a bidding frenzy in the extension
/// period by shills whose winner then defaults.
/// </summary>
public static class AuctionRings
{
    public const string Model = "auction";

    public static void Plant(World world)
    {
        var rng = world.Rng;
        var signals = new SignalSet(rng, world.Profile.OptionalSignalChance, [], ["A1", "A2", "A3", "A5"]);
        if (signals.Has("A2") && signals.Has("A5"))
        {
            signals.Remove(rng.Chance(0.5) ? "A2" : "A5");
            if (signals.All.Count < 2)
            {
                signals = new SignalSet(rng, world.Profile.OptionalSignalChance, ["A1", "A3"], []);
            }
        }

        var ring = RingKit.Open(world, Model, signals);
        var region = Regions.Skewed(rng.Next(10_000));
        var debtor = rng.Chance(0.6) ? world.RandomResident() : world.RandomCompany(CompanyRole.Ordinary);
        ring.Member(debtor);
        var filed = rng.Date(Dates.First, Dates.Last.AddDays(-300));
        var creditor = rng.Chance(0.5) ? world.RandomCompany(CompanyRole.Bank) : world.RandomResident();
        var appraisal = rng.Amount(1_500_000, 0.7, 1000);
        var basis = new CaseSpec { Region = region, CaseType = "enforcement", Cause = "private_lending", FiledOn = filed };
        var caseNo = FollowUps.WriteEnforcement(world, basis, creditor, debtor, appraisal * 0.9m, filed);

        var (item, kind) = AuctionRecords.ItemFor(rng, debtor, region);
        var shapes = world.Profile.Auction;
        var starting = Dates.Hundreds(appraisal * (decimal)(signals.Has("A3") ? shapes.LowStart : shapes.FairStart).Draw(rng));
        var noticeDays = signals.Has("A3") && rng.Chance(shapes.ShortNoticeChance) ? shapes.ShortNoticeDays.Draw(rng)
            : (kind == "real_estate" ? shapes.RealEstateNoticeDays : shapes.OtherNoticeDays).Draw(rng);
        var notice = filed.AddDays(60 + rng.Next(150));
        var round = "1";
        if (signals.Has("A3") && rng.Chance(0.5))
        {
            var first = new AuctionRecords.Lot(region, caseNo, debtor, item, kind, appraisal, starting, "1", notice, notice.AddDays(noticeDays).ToDateTime(new TimeOnly(10, 0)));
            ring.Record("auctions", AuctionRecords.Write(world, first, []));
            starting = Dates.Hundreds(starting * (decimal)shapes.DeepCut.Draw(rng));
            notice = notice.AddDays(noticeDays + 5 + rng.Next(10));
            round = "2";
        }

        var lot = new AuctionRecords.Lot(region, caseNo, debtor, item, kind, appraisal, starting, round, notice, notice.AddDays(noticeDays).ToDateTime(new TimeOnly(10, 0)));
        var winner = Winner(world, signals, debtor, notice);
        ring.Member(winner.Bidder);
        var bids = signals.Has("A5") ? Frenzy(world, ring, lot, winner) : signals.Has("A2") ? [winner with { Amount = lot.Starting, At = lot.StartsAt.AddMinutes(600 + rng.Next(800)) }] : Token(world, ring, lot, winner);
        ring.Record("auctions", AuctionRecords.Write(world, lot, bids, winnerDefaults: signals.Has("A5")));
    }

    /// <summary>With A1 the winner is kin, a shareholder of the debtor firm, or bids with the debtor's phone.</summary>
    private static AuctionRecords.Bid Winner(World world, SignalSet signals, Entity debtor, DateOnly notice)
    {
        var rng = world.Rng;
        var winner = world.RandomResident();
        string? phoneAs = null;
        if (signals.Has("A1"))
        {
            if (rng.Chance(world.Profile.Auction.WinnerPhoneChance))
            {
                phoneAs = RingKit.PhoneOf(world, debtor);
            }
            else
            {
                RingKit.Tie(world, winner, debtor, notice.AddDays(-rng.Next(3_000)));
            }
        }

        return new AuctionRecords.Bid(winner, 0, default, phoneAs);
    }

    private static List<AuctionRecords.Bid> Token(World world, Truth.RingTruth ring, AuctionRecords.Lot lot, AuctionRecords.Bid winner)
    {
        var shill = world.RandomResident();
        ring.Member(shill);
        var at = lot.StartsAt.AddMinutes(300 + world.Rng.Next(600));
        return [new AuctionRecords.Bid(shill, lot.Starting, at), winner with { Amount = lot.Starting + Math.Max(100, Dates.Hundreds(lot.Starting * 0.01m)), At = at.AddMinutes(40) }];
    }

    /// <summary>Dozens of bids, nearly all after the scheduled close, each extending it by five minutes.</summary>
    private static List<AuctionRecords.Bid> Frenzy(World world, Truth.RingTruth ring, AuctionRecords.Lot lot, AuctionRecords.Bid winner)
    {
        var rng = world.Rng;
        var shapes = world.Profile.Auction;
        var shills = Enumerable.Range(0, shapes.FrenzyShills.Draw(rng)).Select(_ => world.RandomResident()).ToArray();
        foreach (var shill in shills)
        {
            ring.Member(shill);
        }

        var count = shapes.FrenzyBids.Draw(rng);
        var opening = shapes.FrenzyOpeningBids.Draw(rng);
        var step = Math.Max(100, Dates.Hundreds(lot.Starting * 0.005m));
        var at = lot.StartsAt.AddHours(24).AddMinutes(-3);
        var bids = new List<AuctionRecords.Bid>(count);
        for (var i = 0; i < count - 1; i++)
        {
            // Opening bids come hours before the close, as any bidder might; the crowd comes after it.
            var placed = i < opening ? lot.StartsAt.AddHours(2 + (i * 20 / Math.Max(1, opening))) : at;
            bids.Add(new AuctionRecords.Bid(shills[i % shills.Length], lot.Starting + step * i, placed));
            if (i >= opening)
            {
                at = at.AddSeconds(shapes.FrenzyGapSeconds.Draw(rng));
            }
        }

        bids.Add(winner with { Amount = lot.Starting + step * (count - 1), At = at });
        return bids;
    }
}
