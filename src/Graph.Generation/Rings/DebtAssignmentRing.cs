using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Rings;

/// <summary>
/// L7: a debtor already under enforcement "assigns" a claim to a friend, who sues the friend-debtor, so the
/// money never reaches the creditor. L8: the assignee is a shell set up months earlier with no staff, filing in bulk.
/// </summary>
public static class DebtAssignmentRing
{
    public static void Plant(World world)
    {
        var rng = world.Rng;
        var required = rng.Chance(0.5) ? new[] { "L7" } : rng.Chance(0.5) ? ["L8"] : ["L7", "L8"];
        var signals = new SignalSet(rng, world.Profile.OptionalSignalChance, required, ["L2", "L3", "L4"]);
        var ring = RingKit.Open(world, PrivateLendingRings.Model, signals);
        var region = Regions.Skewed(rng.Next(10_000));
        var assignor = rng.Chance(0.6) ? world.RandomResident() : world.RandomCompany(CompanyRole.Ordinary);
        ring.Member(assignor);

        Entity assignee;
        DateOnly firstSuit;
        if (signals.Has("L8"))
        {
            assignee = world.RandomCompany(CompanyRole.Shell);
            var established = world.Companies.Get(assignee.Index).EstablishedOn;
            firstSuit = Dates.Clamp(established.AddDays(world.Profile.Lending.ShellFirstSuitDays.Draw(rng)));
        }
        else
        {
            assignee = world.RandomResident();
            firstSuit = rng.Date(Dates.First.AddDays(400), Dates.Last.AddDays(-300));
        }

        ring.Member(assignee);
        if (signals.Has("L7"))
        {
            // The listing: an honest creditor's enforcement case against the assignor, dated before any assignment.
            var listing = new CaseSpec { Region = region, CaseType = "enforcement", Cause = "private_lending", FiledOn = firstSuit.AddDays(-world.Profile.Lending.ListingLeadDays.Draw(rng)) };
            var creditor = rng.Chance(0.5) ? world.RandomCompany(CompanyRole.Bank) : world.RandomResident();
            FollowUps.WriteEnforcement(world, listing, creditor, assignor, rng.Amount(400_000, 0.6, 1000), listing.FiledOn);
        }

        if (signals.Has("L3"))
        {
            RingKit.Tie(world, assignor, assignee, firstSuit.AddDays(-rng.Next(2_000)));
        }

        var suits = new CollusiveSuits(world, ring, signals, region);
        var count = signals.Has("L8") ? world.Profile.Lending.ShellSuits.Draw(rng) : 2 + rng.Next(2);
        for (var i = 0; i < count; i++)
        {
            var obligor = rng.Chance(0.7) ? world.RandomResident() : world.RandomCompany(CompanyRole.Ordinary);
            suits.File(assignee, obligor, "debt_assignment", firstSuit.AddDays(i * world.Profile.Lending.AssignmentSuitGapDays.Draw(rng)), rng.Amount(300_000, 0.6, 1000), thirdParty: assignor);
        }
    }
}
