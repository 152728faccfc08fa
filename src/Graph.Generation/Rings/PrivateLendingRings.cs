using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Records;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Rings;

/// <summary>
/// Fake private loans. Three shapes: an organiser suing a circle of fake borrowers (L1, L9), a listed debtor
/// moving a claim out through an assignee (L7, L8, <see cref="DebtAssignmentRing"/>), and friends of an
/// enforcement debtor suing to share the auction payout (L10, <see cref="QueueJumpingRing"/>).
/// </summary>
public static class PrivateLendingRings
{
    public const string Model = "private_lending";

    public static void Plant(World world)
    {
        var rng = world.Rng;
        var shape = rng.Next(10);
        if (shape < 2)
        {
            DebtAssignmentRing.Plant(world);
        }
        else if (shape < 4)
        {
            QueueJumpingRing.Plant(world);
        }
        else
        {
            PlantCircle(world);
        }
    }

    private static void PlantCircle(World world)
    {
        var rng = world.Rng;
        var signals = new SignalSet(rng, world.Profile.OptionalSignalChance, [], ["L1", "L2", "L3", "L4", "L5", "L6", "L9"]);
        var ring = RingKit.Open(world, Model, signals);
        var region = Regions.Skewed(rng.Next(10_000));
        var organiser = rng.Chance(0.75) ? world.RandomResident() : world.RandomCompany(CompanyRole.Ordinary);
        ring.Member(organiser);
        var serial = signals.Has("L1");
        var shapes = world.Profile.Lending;
        var debtors = Enumerable.Range(0, serial ? shapes.SerialBorrowers.Draw(rng) : shapes.OtherBorrowers.Draw(rng)).Select(_ => world.RandomResident()).ToArray();
        // At least two suits, so a ring showing both L4/L6 and L5 can show each on a different suit.
        var suits = serial ? Math.Max(10, debtors.Length + rng.Next(debtors.Length * 2)) : Math.Max(2, debtors.Length);
        var start = rng.Date(Dates.First, Dates.Last.AddDays(-800));
        var window = serial ? shapes.SerialWindowDays : shapes.OtherWindowDays;
        var sameAmount = rng.Amount(signals.Has("L9") ? shapes.BeyondMeansTemplate : 100_000, 0.3, 1000);
        var suitsWriter = new CollusiveSuits(world, ring, signals, region);

        if (signals.Has("L3"))
        {
            foreach (var debtor in debtors)
            {
                RingKit.Tie(world, organiser, debtor, start.AddDays(-rng.Next(3_000)));
            }
        }

        for (var i = 0; i < suits; i++)
        {
            var amount = signals.Has("L5") ? sameAmount - shapes.TemplateStep * rng.Next(3)
                : signals.Has("L9") ? rng.Amount(shapes.BeyondMeansMedian, 0.5, 10_000)
                : rng.Amount(120_000, 0.8, 1000);
            suitsWriter.File(organiser, debtors[i % debtors.Length], "private_lending", start.AddDays(rng.Next(window)), amount);
        }
    }
}
