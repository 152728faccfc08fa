using Graph.Generation.Core;
using Graph.Generation.Entities;

namespace Graph.Generation.Records;

/// <summary>Writers shared by honest and planted labour stories: arbitration awards and bankruptcy claims.</summary>
public static class LaborRecords
{
    public sealed record Award(Entity Worker, Entity Employer, DateOnly FiledOn, int DaysToClose, string Outcome, decimal Amount, decimal MonthlyWage, Entity? Agent = null, string? PhoneAs = null);

    public static string WriteAward(World world, Award award)
    {
        var employer = world.Companies.Get(award.Employer.Index);
        var awardNo = world.Serials.AwardNo(employer.Region, award.FiledOn.Year);
        var row = world.Files.Arbitrations.NewRow()
            .Set("award_no", awardNo)
            .Set("commission", Serials.Commission(employer.Region))
            .Set("filed_on", award.FiledOn)
            .Set("closed_on", award.FiledOn.AddDays(award.DaysToClose))
            .Set("outcome", award.Outcome)
            .Set("amount", award.Amount)
            .Set("monthly_wage_claimed", award.MonthlyWage);
        world.Mentions.Put(row, "applicant_", award.Worker, award.PhoneAs);
        world.Mentions.Put(row, "respondent_", award.Employer);
        if (award.Agent is { } agent)
        {
            world.Mentions.Put(row, "agent_", agent);
        }

        world.Files.Arbitrations.Write(row);
        return awardNo;
    }

    public sealed record Claim(string BankruptcyNo, Entity Creditor, string Type, decimal Declared, decimal? Confirmed, DateOnly DeclaredOn, string? BasisNo);

    public static string WriteClaim(World world, Claim claim)
    {
        var claimNo = world.Serials.ClaimNo(claim.BankruptcyNo);
        var row = world.Files.Claims.NewRow()
            .Set("bankruptcy_no", claim.BankruptcyNo)
            .Set("claim_no", claimNo)
            .Set("claim_type", claim.Type)
            .Set("amount_declared", claim.Declared)
            .Set("amount_confirmed", claim.Confirmed is { } c ? Dates.Money(c) : null)
            .Set("declared_on", claim.DeclaredOn)
            .Set("basis_no", claim.BasisNo);
        world.Mentions.Put(row, "creditor_", claim.Creditor);
        world.Files.Claims.Write(row);
        return claimNo;
    }

    /// <summary>Writes the bankruptcy row and the application case that opened it; returns the bankruptcy number.</summary>
    public static string WriteBankruptcy(World world, Entity debtor, Entity applicant, DateOnly acceptedOn)
    {
        var rng = world.Rng;
        var company = world.Companies.Get(debtor.Index);
        var application = new CaseSpec
        {
            Region = company.Region,
            CaseType = "bankruptcy",
            Cause = "other",
            CauseText = "破产清算",
            FiledOn = acceptedOn.AddDays(-(15 + rng.Next(60))),
            ClosedOn = acceptedOn,
            ClosingMethod = "other",
        };
        application.Parties.Add(new CaseParty("applicant", applicant, Agents.ForParty(world, applicant)));
        application.Parties.Add(new CaseParty("respondent", debtor, Agents.Lawyer(world)));
        var applicationNo = CaseWriter.Write(world, application);

        var bankruptcyNo = applicationNo.Replace("破申", "破", StringComparison.Ordinal);
        var row = world.Files.Bankruptcies.NewRow()
            .Set("bankruptcy_no", bankruptcyNo)
            .Set("court", company.Region.Court)
            .Set("accepted_on", acceptedOn)
            .Set("administrator", rng.Pick(Vocabulary.Institutions.Administrators));
        world.Mentions.Put(row, "debtor_", debtor);
        world.Files.Bankruptcies.Write(row);
        return bankruptcyNo;
    }
}
