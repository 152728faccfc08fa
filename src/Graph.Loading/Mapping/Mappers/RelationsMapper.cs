using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary><c>relations</c> (registry) → KIN_OF from the first person to the other, relation as written from the first side.</summary>
public sealed class RelationsMapper : IRecordMapper
{
    public RecordKind Kind => RecordKind.Relations;

    public void CollectParties(RecordRow row, List<PartyRef> parties)
    {
        parties.AddIfPresent(First(row));
        parties.AddIfPresent(Other(row));
    }

    public void Map(RecordRow row, MappingContext context)
    {
        var person = context.Party(row, First(row));
        var other = context.Party(row, Other(row));
        if (other is null)
        {
            return;
        }

        var relation = row.Get("relation")?.ToLowerInvariant() ?? "";
        PartyEdges.Link(context, row, person, GraphNames.KinOf, other.Key, relation,
            new PropertyList().Set("relation", relation).With(RecordLinks.Extras(row)));
    }

    private static PartyRef? First(RecordRow row) => row.GetParty("person_", PartyKind.Person, readKind: false);

    private static PartyRef? Other(RecordRow row) => row.GetParty("other_", PartyKind.Person, readKind: false);
}
