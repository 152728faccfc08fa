using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Rings;

/// <summary>
/// L10: a debtor with many enforcement cases and an asset at auction; friends file loan suits against him,
/// settle fast and apply for enforcement before the auction pays out, to take a share of the proceeds.
/// </summary>
public static class QueueJumpingRing
{
    public static void Plant(World world)
    {
        var rng = world.Rng;
        var signals = new SignalSet(rng, world.Profile.OptionalSignalChance, ["L10"], ["L2", "L3", "L4", "L5"]);
        var ring = RingKit.Open(world, PrivateLendingRings.Model, signals);
        var region = Regions.Skewed(rng.Next(10_000));
        var debtor = world.RandomResident();
        ring.Member(debtor);

        var firstListing = rng.Date(Dates.First.AddDays(200), Dates.Last.AddDays(-900));
        var enforcementCases = new List<string>();
        var shapes = world.Profile.Lending;
        var creditors = shapes.QueueCreditors.Draw(rng);
        for (var i = 0; i < creditors; i++)
        {
            var basis = new CaseSpec { Region = region, CaseType = "enforcement", Cause = rng.Chance(0.5) ? "private_lending" : "loan_contract", FiledOn = firstListing.AddDays(rng.Next(500)) };
            var creditor = rng.Chance(0.4) ? world.RandomCompany(CompanyRole.Bank) : world.RandomResident();
            enforcementCases.Add(FollowUps.WriteEnforcement(world, basis, creditor, debtor, rng.Amount(150_000, 0.8, 1000), basis.FiledOn));
        }

        var appraisal = rng.Amount(1_500_000, 0.5, 1000);
        var (item, kind) = AuctionRecords.ItemFor(rng, debtor, region);
        var auctionStart = firstListing.AddDays(520 + rng.Next(60)).ToDateTime(new TimeOnly(10, 0));
        var lot = new AuctionRecords.Lot(region, enforcementCases[0], debtor, item, kind, appraisal, Dates.Hundreds(appraisal * 0.8m), "1", DateOnly.FromDateTime(auctionStart).AddDays(-35), auctionStart);
        AuctionRecords.Write(world, lot, EnforcementAuctions.CompetitiveBids(world, lot));

        var suits = new CollusiveSuits(world, ring, signals, region);
        var friends = shapes.QueueFriends.Draw(rng);
        var payoutDay = DateOnly.FromDateTime(auctionStart);
        for (var i = 0; i < friends; i++)
        {
            var friend = world.RandomResident();
            if (signals.Has("L3"))
            {
                RingKit.Tie(world, debtor, friend, payoutDay.AddDays(-rng.Next(3_000)));
            }

            var amount = rng.Amount(90_000, 0.6, 1000);
            suits.File(friend, debtor, "private_lending", payoutDay.AddDays(-shapes.QueueSuitLeadDays.Draw(rng)), amount);
            var basis = new CaseSpec { Region = region, CaseType = "enforcement", Cause = "private_lending", FiledOn = payoutDay.AddDays(-shapes.QueueEnforcementLeadDays.Draw(rng)) };
            var enforcementNo = FollowUps.WriteEnforcement(world, basis, friend, debtor, amount, basis.FiledOn);
            ring.Record("cases", enforcementNo);
        }
    }
}
