using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Honest;
using Graph.Generation.Records;
using Graph.Generation.Truth;

namespace Graph.Generation.Traps;

/// <summary>
/// Banks and licensed lenders suing hundreds of borrowers over years: a serial plaintiff (L1) with many
/// absent defendants (L5), yet the suits are contested or default judgments spread over time, not fast mediations.
/// </summary>
public sealed class SerialInstitutions(World world)
{
    private readonly Dictionary<int, (TrapTruth Trap, Agent Counsel)> _institutions = [];

    public void WriteSuit()
    {
        var rng = world.Rng;
        var (start, _) = world.Layout.RangeOf(CompanyRole.Bank);
        var (_, end) = world.Layout.RangeOf(CompanyRole.Lender);
        var institution = world.Companies.Get(start + (int)(Math.Pow(rng.NextDouble(), 1.5) * (end - start)));
        var entity = Entity.Company(institution.Index);
        var (trap, counsel) = Institution(institution, entity);
        var isLender = institution.Role == CompanyRole.Lender;
        var borrower = rng.Chance(0.85) ? world.RandomResident() : world.RandomBusiness();
        var spec = new CaseSpec
        {
            Region = institution.Region,
            CaseType = "civil_first",
            Cause = isLender && rng.Chance(world.Profile.LookAlikes.LenderPrivateLendingShare) ? "private_lending" : "loan_contract",
            FiledOn = rng.Date(Dates.First, Dates.Last.AddDays(-30)),
            AmountClaimed = rng.Amount(isLender ? 40_000 : 180_000, 0.8, 100),
        };
        var roll = rng.Next(100);
        var bounds = world.Profile.LookAlikes.InstitutionClosings;
        spec.ClosingMethod = roll < bounds.Judgment ? "judgment" : roll < bounds.Default ? "default_judgment" : roll < bounds.Mediation ? "mediation" : "withdrawal";
        spec.ClosedOn = spec.FiledOn.AddDays(spec.ClosingMethod == "mediation" ? 15 + rng.Next(60) : 40 + rng.Next(200));
        spec.AmountAwarded = spec.ClosingMethod == "withdrawal" ? null : spec.AmountClaimed;
        spec.DefendantAbsent = spec.ClosingMethod == "default_judgment";
        spec.PublicNotice = spec.DefendantAbsent && rng.Chance(0.5);
        var agent = rng.Chance(0.7) ? counsel : new Agent(world.RandomResident(), "employee", null, institution.Phone);
        spec.Parties.Add(new CaseParty("plaintiff", entity, agent));
        spec.Parties.Add(new CaseParty("defendant", borrower, spec.DefendantAbsent ? null : Agents.ForParty(world, borrower)));
        trap.Record("cases", CaseWriter.Write(world, spec));
        if (spec.AmountAwarded is { } awarded && rng.Chance(0.25))
        {
            trap.Record("cases", FollowUps.WriteEnforcement(world, spec, entity, borrower, awarded, spec.ClosedOn.Value.AddDays(30 + rng.Next(90))));
        }
    }

    private (TrapTruth, Agent) Institution(CompanyInfo institution, Entity entity)
    {
        if (!_institutions.TryGetValue(institution.Index, out var known))
        {
            var trap = world.Truth.NewTrap("serial_institution", $"{institution.Name}：持牌金融机构批量起诉借款人，多为判决或缺席判决，跨越多年");
            trap.Entity(entity);
            known = (trap, Agents.Lawyer(world));
            _institutions[institution.Index] = known;
        }

        return known;
    }
}
