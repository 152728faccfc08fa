using Graph.Loading.Resolution;
using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary>
/// <c>case_parties</c> → PARTY_IN (role, side) from the party to its Case; the agent's AGENT_IN
/// and REPRESENTS; the law firm's FIRM_IN and the agent's WORKS_AT. Unknown columns go on PARTY_IN.
/// </summary>
public sealed class CasePartiesMapper : IRecordMapper
{
    public RecordKind Kind => RecordKind.CaseParties;

    public void CollectParties(RecordRow row, List<PartyRef> parties)
    {
        parties.AddIfPresent(PartyReader.Read(row, "party_"));
        parties.AddIfPresent(Agent(row));
    }

    public void Map(RecordRow row, MappingContext context)
    {
        var caseNo = row.Get("case_no")!;
        var caseKey = context.RecordReference(GraphNames.Case, "case_no", caseNo)!;
        var role = row.Get("role")?.ToLowerInvariant() ?? "";
        var side = Sides.Of(role);
        var party = context.Party(row, PartyReader.Read(row, "party_"));
        PartyEdges.Link(context, row, party, GraphNames.PartyIn, caseKey, role,
            new PropertyList().Set("role", role).Set("side", side).With(RecordLinks.Extras(row)));

        var agentKind = row.Get("agent_kind")?.ToLowerInvariant();
        var agent = context.Party(row, Agent(row));
        PartyEdges.Link(context, row, agent, GraphNames.AgentIn, caseKey, role,
            new PropertyList().Set("agent_kind", agentKind).Set("for_role", role).Set("for_side", side));
        if (party is not null)
        {
            PartyEdges.Link(context, row, agent, GraphNames.Represents, party.Key, caseNo,
                new PropertyList().Set("case_no", caseNo).Set("agent_kind", agentKind));
        }

        var firmKey = context.Place(GraphNames.LawFirm, "name", IdentityText.OrganisationName(row.Get("law_firm")));
        if (firmKey is not null)
        {
            RecordLinks.Relate(context, row, firmKey, GraphNames.FirmIn, caseKey, role,
                new PropertyList().Set("for_role", role).Set("for_side", side));
            if (agent is not null)
            {
                RecordLinks.Relate(context, row, agent.Key, GraphNames.WorksAt, firmKey);
            }
        }
    }

    /// <summary>The agent's <c>agent_kind</c> says lawyer/citizen/..., not person/company: an agent is always a person.</summary>
    private static PartyRef? Agent(RecordRow row) => row.GetParty("agent_", PartyKind.Person, readKind: false);
}
