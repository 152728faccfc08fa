using Graph.Generation.Entities;
using Graph.Generation.Records;

namespace Graph.Generation.Honest;

/// <summary>Appeals of contested judgments and enforcement of unpaid awards: the second life of a case.</summary>
public static class FollowUps
{
    public static void Write(World world, CaseSpec first, string firstCaseNo, Entity plaintiff, Entity defendant)
    {
        var rng = world.Rng;
        if (first.ClosedOn is not { } closed)
        {
            return;
        }

        if (first.ClosingMethod == "judgment" && rng.Chance(0.15))
        {
            var appeal = new CaseSpec
            {
                Region = first.Region,
                CaseType = "civil_second",
                Cause = first.Cause,
                FiledOn = closed.AddDays(10 + rng.Next(20)),
                AmountClaimed = first.AmountAwarded ?? first.AmountClaimed,
            };
            appeal.ClosingMethod = rng.Chance(0.8) ? "judgment" : "withdrawal";
            appeal.ClosedOn = appeal.FiledOn.AddDays(40 + rng.Next(120));
            appeal.AmountAwarded = appeal.ClosingMethod == "judgment" ? first.AmountAwarded : null;
            appeal.CauseText = $"{CauseTexts.For(first.Cause)}（原审案号{firstCaseNo}）";
            appeal.Parties.Add(new CaseParty("plaintiff", defendant, Agents.ForParty(world, defendant)));
            appeal.Parties.Add(new CaseParty("defendant", plaintiff, Agents.ForParty(world, plaintiff)));
            CaseWriter.Write(world, appeal);
        }

        if (first.AmountAwarded is { } awarded && rng.Chance(first.ClosingMethod == "default_judgment" ? 0.45 : 0.12))
        {
            WriteEnforcement(world, first, plaintiff, defendant, awarded, closed.AddDays(20 + rng.Next(200)));
        }
    }

    public static string WriteEnforcement(World world, CaseSpec basis, Entity creditor, Entity debtor, decimal amount, DateOnly filedOn)
    {
        var rng = world.Rng;
        var spec = new CaseSpec
        {
            Region = basis.Region,
            CaseType = "enforcement",
            Cause = basis.Cause,
            FiledOn = Core.Dates.Clamp(filedOn),
            AmountClaimed = amount,
        };
        spec.ClosingMethod = rng.Chance(0.6) ? "other" : "withdrawal";
        spec.ClosedOn = rng.Chance(0.8) ? spec.FiledOn.AddDays(30 + rng.Next(300)) : null;
        spec.Parties.Add(new CaseParty("enforcement_applicant", creditor, Agents.ForParty(world, creditor)));
        spec.Parties.Add(new CaseParty("enforcement_respondent", debtor));
        return CaseWriter.Write(world, spec);
    }
}
