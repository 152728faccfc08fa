using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Records;

namespace Graph.Generation.Honest;

/// <summary>
/// Real bankruptcies: dozens of ordinary workers with modest wage claims (some awarded only months before
/// acceptance), banks with secured claims, the tax bureau and suppliers.
/// </summary>
public static class Bankruptcies
{
    public static void Write(World world, Entity debtor)
    {
        var rng = world.Rng;
        var company = world.Companies.Get(debtor.Index);
        var accepted = rng.Date(new DateOnly(2017, 6, 1), Dates.Last.AddDays(-60));
        var applicant = rng.Chance(0.5) ? debtor : world.RandomCompany(CompanyRole.Bank);
        var bankruptcyNo = LaborRecords.WriteBankruptcy(world, debtor, applicant, accepted);
        var trap = world.Truth.NewTrap("ordinary_wage_claims", $"{company.Name}破产案中普通职工的小额工资债权，部分仲裁在受理前数月");
        trap.Record("bankruptcies", bankruptcyNo);

        var workers = world.Profile.LookAlikes.HonestBankruptcyWorkers.Draw(rng);
        for (var i = 0; i < workers; i++)
        {
            var worker = world.RandomResident();
            var wage = 3_000 + rng.Next(50) * 100m;
            var owed = wage * (2 + rng.Next(7));
            string? basis = null;
            var basisRoll = rng.Next(10);
            if (basisRoll < 5)
            {
                var filed = accepted.AddDays(-(20 + rng.Next(520)));
                basis = LaborRecords.WriteAward(world, new LaborRecords.Award(worker, debtor, filed, 20 + rng.Next(40), rng.Chance(0.6) ? "award" : "mediation", owed, wage));
                trap.Record("arbitrations", basis);
            }
            else if (basisRoll < 6)
            {
                basis = WageSuit(world, company.Region, worker, debtor, owed, accepted.AddDays(-(60 + rng.Next(400))));
                trap.Record("cases", basis);
            }

            trap.Entity(worker);
            var claimNo = LaborRecords.WriteClaim(world, new LaborRecords.Claim(bankruptcyNo, worker, "labor", owed, owed, accepted.AddDays(30 + rng.Next(60)), basis));
            trap.Record("claims", claimNo);
        }

        WriteOtherClaims(world, bankruptcyNo, accepted);
    }

    private static void WriteOtherClaims(World world, string bankruptcyNo, DateOnly accepted)
    {
        var rng = world.Rng;
        for (var i = 0; i < 1 + rng.Next(2); i++)
        {
            var declared = rng.Amount(3_000_000, 0.7, 1000);
            LaborRecords.WriteClaim(world, new(bankruptcyNo, world.RandomCompany(CompanyRole.Bank), "secured", declared, declared * 0.9m, accepted.AddDays(20 + rng.Next(60)), null));
        }

        var tax = rng.Amount(200_000, 0.8, 10);
        LaborRecords.WriteClaim(world, new(bankruptcyNo, world.RandomCompany(CompanyRole.TaxBureau), "tax", tax, tax, accepted.AddDays(30 + rng.Next(40)), null));
        for (var i = 0; i < 3 + rng.Next(10); i++)
        {
            var declared = rng.Amount(150_000, 1.0, 100);
            LaborRecords.WriteClaim(world, new(bankruptcyNo, world.RandomBusiness(), "ordinary", declared, rng.Chance(0.8) ? declared : null, accepted.AddDays(20 + rng.Next(80)), null));
        }
    }

    public static string WageSuit(World world, Vocabulary.Region region, Entity worker, Entity employer, decimal amount, DateOnly filedOn)
    {
        var spec = new CaseSpec { Region = region, CaseType = "civil_first", Cause = "labor", FiledOn = filedOn, AmountClaimed = amount };
        spec.ClosingMethod = world.Rng.Chance(0.6) ? "judgment" : "mediation";
        spec.ClosedOn = filedOn.AddDays(30 + world.Rng.Next(90));
        spec.AmountAwarded = amount;
        spec.Parties.Add(new CaseParty("plaintiff", worker, Agents.ForParty(world, worker)));
        spec.Parties.Add(new CaseParty("defendant", employer, Agents.Lawyer(world)));
        return CaseWriter.Write(world, spec);
    }
}
