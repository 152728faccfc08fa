using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Records;
using Graph.Generation.Vocabulary;

namespace Graph.Generation.Honest;

/// <summary>The bulk of the docket: ordinary disputes between unrelated parties, with appeals and enforcement.</summary>
public static class CivilCases
{
    private static readonly (string Cause, int Weight, double Median)[] Causes =
    [
        ("private_lending", 24, 80_000), ("sales_contract", 20, 150_000), ("loan_contract", 8, 200_000),
        ("motor_accident", 10, 60_000), ("lease", 8, 40_000), ("guarantee", 5, 300_000), ("labor", 6, 30_000),
        ("debt_assignment", 2, 200_000), ("enforcement_objection", 2, 500_000), ("other", 15, 50_000),
    ];

    public static void Write(World world)
    {
        var rng = world.Rng;
        var (cause, median) = PickCause(rng);
        var region = Regions.Skewed(rng.Next(10_000));
        var spec = new CaseSpec
        {
            Region = region,
            CaseType = "civil_first",
            Cause = cause,
            FiledOn = rng.Date(Dates.First, Dates.Last.AddDays(-30)),
            AmountClaimed = rng.Amount(median, 0.9, 100),
        };
        Closings.Apply(world, spec);
        if (spec.ClosingMethod == "judicial_confirmation")
        {
            spec.CaseType = "special";
        }

        var plaintiff = PlaintiffFor(world, cause);
        var defendant = cause == "labor" || rng.Chance(0.35) ? world.RandomBusiness() : world.RandomResident();
        if (cause == "labor" && rng.Chance(0.7))
        {
            (plaintiff, defendant) = (world.RandomResident(), world.RandomBusiness());
        }

        var special = spec.CaseType == "special";
        spec.Parties.Add(new CaseParty(special ? "applicant" : "plaintiff", plaintiff, Agents.ForParty(world, plaintiff)));
        spec.Parties.Add(new CaseParty(special ? "applicant" : "defendant", defendant, spec.DefendantAbsent ? null : Agents.ForParty(world, defendant)));
        if (cause is "private_lending" or "loan_contract" or "guarantee" && rng.Chance(0.45))
        {
            var guarantor = world.People.SpouseOf(defendant.Index) is { } spouse && defendant.IsPerson && rng.Chance(0.5) ? Entity.Person(spouse) : world.RandomResident();
            spec.Parties.Add(new CaseParty(special ? "applicant" : "defendant", guarantor));
        }

        if (cause == "motor_accident" && rng.Chance(0.8))
        {
            var insurer = Entity.Company(world.Layout.InsurerStart + rng.Next(Institutions.Insurers.Length));
            spec.Parties.Add(new CaseParty(special ? "applicant" : "defendant", insurer, new Agent(world.RandomResident(), "employee", null, null)));
        }

        var caseNo = CaseWriter.Write(world, spec);
        FollowUps.Write(world, spec, caseNo, plaintiff, defendant);
    }

    private static Entity PlaintiffFor(World world, string cause) =>
        cause is "sales_contract" or "lease" && world.Rng.Chance(0.6) ? world.RandomBusiness() : world.RandomResident();

    private static (string Cause, double Median) PickCause(Rng rng)
    {
        var total = Causes.Sum(c => c.Weight);
        var roll = rng.Next(total);
        foreach (var (cause, weight, median) in Causes)
        {
            if (roll < weight)
            {
                return (cause, median);
            }

            roll -= weight;
        }

        return ("other", 50_000);
    }
}
