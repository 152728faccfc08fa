using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;

namespace Graph.Generation.Rings;

/// <summary>
/// Insiders inflate labour claims, which rank ahead of ordinary creditors. B1 big awards just before acceptance,
/// B2 officers or the boss's kin claiming far above the going wage, B3 batch mediations handled by company staff,
/// B5 fresh wage judgments inside the look-back window. Real workers' modest claims sit in the same bankruptcy.
/// </summary>
public static class BankruptcyLaborRings
{
    public const string Model = "bankruptcy_labor";

    public static void Plant(World world, Entity debtor)
    {
        var rng = world.Rng;
        var signals = new SignalSet(rng, world.Profile.OptionalSignalChance, [], ["B1", "B2", "B3", "B5"]);
        var ring = RingKit.Open(world, Model, signals);
        var company = world.Companies.Get(debtor.Index);
        var boss = Entity.Person(company.LegalRep);
        ring.Member(debtor);
        ring.Member(boss);

        var accepted = rng.Date(new DateOnly(2018, 1, 1), Dates.Last.AddDays(-60));
        var bankruptcyNo = LaborRecords.WriteBankruptcy(world, debtor, debtor, accepted);
        ring.Record("bankruptcies", bankruptcyNo);

        Entity? staffAgent = null;
        if (signals.Has("B3"))
        {
            staffAgent = world.RandomResident();
            Registry.WriteOfficer(world, debtor, staffAgent.Value, "employee", company.EstablishedOn.AddDays(rng.Next(2_000)));
            ring.Member(staffAgent.Value);
        }

        var shapes = world.Profile.Labor;
        var batchStart = accepted.AddDays(-(signals.Has("B1") ? shapes.RecentLeadDays : shapes.EarlyLeadDays).Draw(rng));
        var claimants = (signals.Has("B3") ? shapes.BatchClaimants : shapes.OtherClaimants).Draw(rng);
        for (var i = 0; i < claimants; i++)
        {
            var insider = Insider(world, signals, debtor, boss, company.EstablishedOn);
            ring.Member(insider);
            var wage = signals.Has("B2") ? shapes.InsiderWage.DrawSteps(rng, 1000) : shapes.PaperWage.DrawSteps(rng, 100);
            var amount = signals.Has("B1") ? shapes.LargeAward.DrawSteps(rng, 1000) : wage * shapes.WageMonths.Draw(rng);
            var filed = signals.Has("B3") ? batchStart.AddDays(rng.Next(shapes.BatchSpanDays)) : batchStart.AddDays(rng.Next(120));
            string basis;
            if (signals.Has("B5") && (!signals.Has("B3") || i % 2 == 0))
            {
                var lookBack = accepted.AddDays(-shapes.LookBackLeadDays.Draw(rng));
                basis = WageMediation(world, company.Region, insider, debtor, amount, lookBack, staffAgent);
                ring.Record("cases", basis);
            }
            else
            {
                basis = LaborRecords.WriteAward(world, new LaborRecords.Award(
                    insider, debtor, filed, signals.Has("B3") ? shapes.BatchCloseDays.Draw(rng) : 20 + rng.Next(40),
                    signals.Has("B3") || rng.Chance(0.5) ? "mediation" : "award", amount, wage, staffAgent));
                ring.Record("arbitrations", basis);
            }

            ring.Record("claims", LaborRecords.WriteClaim(world, new LaborRecords.Claim(bankruptcyNo, insider, "labor", amount, amount, accepted.AddDays(20 + rng.Next(40)), basis)));
        }

        HonestCoworkers(world, bankruptcyNo, debtor, accepted);
    }

    /// <summary>With B2 the claimant is an officer or kin of the boss; otherwise an employee on paper only.</summary>
    private static Entity Insider(World world, SignalSet signals, Entity debtor, Entity boss, DateOnly established)
    {
        var rng = world.Rng;
        var person = world.RandomResident();
        if (signals.Has("B2") && rng.Chance(0.5))
        {
            Registry.WriteRelation(world, boss, person, rng.Pick(["relative", "sibling", "child", "household"]));
        }
        else
        {
            var role = signals.Has("B2") ? rng.Pick(["manager", "director", "supervisor"]) : "employee";
            Registry.WriteOfficer(world, debtor, person, role, established.AddDays(rng.Next(3_000)));
        }

        return person;
    }

    private static string WageMediation(World world, Vocabulary.Region region, Entity worker, Entity employer, decimal amount, DateOnly filedOn, Entity? staffAgent)
    {
        var spec = new CaseSpec { Region = region, CaseType = "civil_first", Cause = "labor", FiledOn = filedOn, AmountClaimed = amount };
        spec.ClosingMethod = "mediation";
        spec.ClosedOn = filedOn.AddDays(world.Profile.Labor.WageMediationDays.Draw(world.Rng));
        spec.AmountAwarded = amount;
        spec.Parties.Add(new CaseParty("plaintiff", worker, staffAgent is { } agent ? new Agent(agent, "employee", null, null) : null));
        spec.Parties.Add(new CaseParty("defendant", employer));
        return CaseWriter.Write(world, spec);
    }

    private static void HonestCoworkers(World world, string bankruptcyNo, Entity debtor, DateOnly accepted)
    {
        var rng = world.Rng;
        var shapes = world.Profile.Labor;
        for (var i = 0; i < shapes.HonestCoworkers.Draw(rng); i++)
        {
            var wage = shapes.CoworkerWage.DrawSteps(rng, 100);
            var owed = wage * (2 + rng.Next(5));
            var worker = world.RandomResident();
            var award = LaborRecords.WriteAward(world, new LaborRecords.Award(worker, debtor, accepted.AddDays(-(30 + rng.Next(400))), 30 + rng.Next(30), "award", owed, wage));
            LaborRecords.WriteClaim(world, new LaborRecords.Claim(bankruptcyNo, worker, "labor", owed, owed, accepted.AddDays(20 + rng.Next(60)), award));
        }
    }
}
