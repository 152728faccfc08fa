using Graph.Generation.Core;
using Graph.Generation.Records;

namespace Graph.Generation.Honest;

/// <summary>Ordinary labour arbitrations against going concerns.</summary>
public static class Arbitrations
{
    private static readonly string[] Outcomes = ["award", "award", "mediation", "mediation", "withdrawn", "dismissed"];

    public static void Write(World world)
    {
        var rng = world.Rng;
        var worker = world.RandomResident();
        var wage = 2_800 + rng.Next(90) * 100m;
        var agent = rng.Chance(0.25) ? Agents.Lawyer(world).Person : (Entities.Entity?)null;
        LaborRecords.WriteAward(world, new LaborRecords.Award(
            worker, world.RandomBusiness(), rng.Date(Dates.First, Dates.Last.AddDays(-90)), 15 + rng.Next(75), rng.Pick(Outcomes),
            wage * (1 + rng.Next(12)), wage, agent));
    }
}
