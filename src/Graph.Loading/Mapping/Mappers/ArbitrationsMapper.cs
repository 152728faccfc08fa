using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary>
/// <c>arbitrations</c> → Award, APPLICANT_IN from the worker, RESPONDENT_IN from the employer, and
/// the agent's AGENT_IN and REPRESENTS (for the applicant, the only side that names an agent).
/// </summary>
public sealed class ArbitrationsMapper : IRecordMapper
{
    private const string ApplicantRole = "applicant";
    private static readonly IReadOnlySet<string> PartyColumns = PartyFields.Of(["applicant_", "respondent_", "agent_"]);

    public RecordKind Kind => RecordKind.Arbitrations;

    public void CollectParties(RecordRow row, List<PartyRef> parties)
    {
        parties.AddIfPresent(Applicant(row));
        parties.AddIfPresent(Respondent(row));
        parties.AddIfPresent(Agent(row));
    }

    public void Map(RecordRow row, MappingContext context)
    {
        var awardNo = row.Get("award_no")!;
        var key = RecordKeys.Of(GraphNames.Award, awardNo);
        RecordNodeWriter.Write(context, row, GraphNames.Award, key, PartyColumns);
        var applicant = context.Party(row, Applicant(row));
        PartyEdges.Link(context, row, applicant, GraphNames.ApplicantIn, key);
        PartyEdges.Link(context, row, context.Party(row, Respondent(row)), GraphNames.RespondentIn, key);
        var agent = context.Party(row, Agent(row));
        PartyEdges.Link(context, row, agent, GraphNames.AgentIn, key, ApplicantRole,
            new PropertyList().Set("for_role", ApplicantRole).Set("for_side", Sides.Claimant));
        if (applicant is not null)
        {
            PartyEdges.Link(context, row, agent, GraphNames.Represents, applicant.Key, awardNo,
                new PropertyList().Set("award_no", awardNo));
        }
    }

    private static PartyRef? Applicant(RecordRow row) => row.GetParty("applicant_", PartyKind.Person, readKind: false);

    private static PartyRef? Respondent(RecordRow row) => row.GetParty("respondent_", PartyKind.Company, readKind: false);

    private static PartyRef? Agent(RecordRow row) => row.GetParty("agent_", PartyKind.Person, readKind: false);
}
