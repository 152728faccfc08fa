using Graph.Records.Rows;

namespace Graph.Loading.Mapping;

internal static class PartyList
{
    public static void AddIfPresent(this List<PartyRef> parties, PartyRef? party)
    {
        if (party is not null && !party.IsEmpty)
        {
            parties.Add(party);
        }
    }
}
