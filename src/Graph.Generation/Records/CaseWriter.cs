using Graph.Generation.Core;

namespace Graph.Generation.Records;

/// <summary>Writes a case row and its party rows; returns the case number it issued.</summary>
public static class CaseWriter
{
    public static string Write(World world, CaseSpec spec)
    {
        var caseNo = world.CaseNumbers.Next(spec.Region, spec.FiledOn.Year, spec.CaseType);
        var row = world.Files.Cases.NewRow()
            .Set("case_no", caseNo)
            .Set("court", CaseNumbers.Court(spec.Region, spec.CaseType))
            .Set("case_type", spec.CaseType)
            .Set("cause", spec.Cause)
            .Set("cause_text", spec.CauseText ?? CauseTexts.For(spec.Cause))
            .Set("filed_on", spec.FiledOn)
            .Set("closed_on", spec.ClosedOn)
            .Set("closing_method", spec.ClosedOn is null ? null : spec.ClosingMethod)
            .Set("amount_claimed", spec.AmountClaimed)
            .Set("amount_awarded", spec.AmountAwarded is { } awarded ? Dates.Money(awarded) : null)
            .Set("judge", CourtStaff.Judge(world.Seed, spec.Region, world.Rng.Next(8)))
            .Set("mediator_org", spec.MediatorOrg)
            .Set("public_notice", spec.PublicNotice)
            .Set("defendant_absent", spec.DefendantAbsent);
        world.Files.Cases.Write(row);

        foreach (var party in spec.Parties)
        {
            var line = world.Files.CaseParties.NewRow().Set("case_no", caseNo).Set("role", party.Role);
            world.Mentions.Put(line, "party_", party.Party, party.PhoneAs, party.AddressAs);
            if (party.Agent is { } agent)
            {
                world.Mentions.Put(line, "agent_", agent.Person, agent.PhoneAs);
                line.Set("agent_kind", agent.Kind).Set("law_firm", agent.LawFirm);
                world.Hubs.Note(agent, caseNo);
            }

            world.Files.CaseParties.Write(line);
        }

        return caseNo;
    }
}
