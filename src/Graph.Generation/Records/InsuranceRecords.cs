using Graph.Generation.Core;
using Graph.Generation.Entities;
using Graph.Generation.Vocabulary;
using Graph.Records.Identifiers;

namespace Graph.Generation.Records;

public static class InsuranceRecords
{
    public sealed record Claim(
        int Insurer, DateOnly AccidentOn, string Plate, Entity Owner, Entity Driver, Entity RepairShop, string? Assessor,
        Entity? Agent, decimal Claimed, decimal? Paid, string? LawsuitCaseNo, string? DriverPhoneAs = null);

    public static string Write(World world, Claim claim)
    {
        var claimNo = world.Serials.InsuranceClaimNo(claim.AccidentOn.Year);
        var insurer = world.Companies.Get(world.Layout.InsurerStart + claim.Insurer);
        var row = world.Files.InsuranceClaims.NewRow()
            .Set("claim_no", claimNo)
            .Set("insurer", insurer.Name)
            .Set("policy_no", world.Serials.PolicyNo(claim.AccidentOn.Year - (world.Rng.Chance(0.3) ? 1 : 0)))
            .Set("accident_on", claim.AccidentOn)
            .Set("plate", claim.Plate)
            .Set("assessor", claim.Assessor)
            .Set("amount_claimed", claim.Claimed)
            .Set("amount_paid", claim.Paid is { } paid ? Dates.Money(paid) : null)
            .Set("lawsuit_case_no", claim.LawsuitCaseNo);
        world.Mentions.Put(row, "owner_", claim.Owner);
        world.Mentions.Put(row, "driver_", claim.Driver, claim.DriverPhoneAs);
        world.Mentions.Put(row, "repair_shop_", claim.RepairShop);
        if (claim.Agent is { } agent)
        {
            world.Mentions.Put(row, "agent_", agent);
        }

        world.Files.InsuranceClaims.Write(row);
        return claimNo;
    }

    public static string Plate(Rng rng) => $"{rng.Pick(Places.PlateLetters)}{Uscc.Alphabet[10 + rng.Next(20)]}{rng.Next(1000, 9999)}";

    public static string Assessor(Rng rng) => $"{rng.Pick(PersonNames.Surnames)}{rng.Pick(PersonNames.MaleGiven)}{rng.Pick(PersonNames.FemaleGiven)}";

    /// <summary>The owner sues the insurer over the claim; returns the case number.</summary>
    public static string Lawsuit(World world, Entity plaintiff, int insurer, DateOnly accidentOn, decimal claimed, bool fastMediation, Agent? agent)
    {
        var rng = world.Rng;
        var insurerEntity = Entity.Company(world.Layout.InsurerStart + insurer);
        var spec = new CaseSpec
        {
            Region = world.Companies.Get(insurerEntity.Index).Region,
            CaseType = "civil_first",
            Cause = "motor_accident",
            FiledOn = accidentOn.AddDays(20 + rng.Next(120)),
            AmountClaimed = claimed,
        };
        spec.ClosingMethod = fastMediation || rng.Chance(0.3) ? "mediation" : "judgment";
        spec.ClosedOn = spec.FiledOn.AddDays(fastMediation ? world.Profile.FastClosureDays.Draw(rng) : 20 + rng.Next(150));
        spec.AmountAwarded = Math.Round(claimed * (decimal)(0.7 + rng.NextDouble() * 0.3));
        spec.Parties.Add(new CaseParty("plaintiff", plaintiff, agent));
        spec.Parties.Add(new CaseParty("defendant", insurerEntity, new Agent(world.RandomResident(), "employee", null, null)));
        return CaseWriter.Write(world, spec);
    }
}
