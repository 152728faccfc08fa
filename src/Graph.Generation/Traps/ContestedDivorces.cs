using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Traps;

/// <summary>
/// Spouses on opposite sides (L3 kin across the case), but each with their own lawyer, months of hearings
/// and a judgment that splits the claim: a real contest.
/// </summary>
public static class ContestedDivorces
{
    public static void Write(World world)
    {
        var rng = world.Rng;
        var (wife, husband) = ListedCouple(world);
        var spec = new CaseSpec
        {
            Region = Regions.Skewed(rng.Next(10_000)),
            CaseType = "civil_first",
            Cause = "divorce_property",
            FiledOn = rng.Date(Dates.First, Dates.Last.AddDays(-400)),
            AmountClaimed = rng.Amount(600_000, 0.8, 1000),
        };
        spec.ClosingMethod = "judgment";
        spec.ClosedOn = spec.FiledOn.AddDays(120 + rng.Next(300));
        spec.AmountAwarded = Math.Round(spec.AmountClaimed * (decimal)(0.3 + rng.NextDouble() * 0.4));
        var (plaintiff, defendant) = rng.Chance(0.6) ? (wife, husband) : (husband, wife);
        spec.Parties.Add(new CaseParty("plaintiff", plaintiff, Agents.Lawyer(world)));
        spec.Parties.Add(new CaseParty("defendant", defendant, Agents.Lawyer(world)));
        var trap = world.Truth.NewTrap("contested_divorce", "夫妻对立诉讼：双方各自委托律师，审理数月，判决分割");
        trap.Entity(plaintiff);
        trap.Entity(defendant);
        trap.Record("cases", CaseWriter.Write(world, spec));
        if (rng.Chance(0.3))
        {
            var appeal = new CaseSpec
            {
                Region = spec.Region,
                CaseType = "civil_second",
                Cause = "divorce_property",
                FiledOn = spec.ClosedOn.Value.AddDays(12 + rng.Next(15)),
                AmountClaimed = spec.AmountClaimed,
            };
            appeal.ClosedOn = appeal.FiledOn.AddDays(60 + rng.Next(120));
            appeal.AmountAwarded = spec.AmountAwarded;
            appeal.Parties.Add(new CaseParty("plaintiff", defendant, Agents.Lawyer(world)));
            appeal.Parties.Add(new CaseParty("defendant", plaintiff, Agents.Lawyer(world)));
            trap.Record("cases", CaseWriter.Write(world, appeal));
        }
    }

    private static (Entity, Entity) ListedCouple(World world)
    {
        while (true)
        {
            var p = world.People.RandomResident(world.Rng) & ~1;
            if (p >= world.Layout.ResidentStart && world.People.SpouseOf(p) is { } spouse && Registry.SpouseListed(world, p))
            {
                return (Entity.Person(p), Entity.Person(spouse));
            }
        }
    }
}
