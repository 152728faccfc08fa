using Graph.Loading.Resolution;
using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary><c>persons</c> (registry) → the Person entity with birth date, phone and address as contacts.</summary>
public sealed class PersonsMapper : IRecordMapper
{
    private static readonly IReadOnlySet<string> EntityFields = PartyFields.Of([], "id_number", "name", "phone", "address");

    public RecordKind Kind => RecordKind.Persons;

    public void CollectParties(RecordRow row, List<PartyRef> parties) => parties.AddIfPresent(Person(row));

    public void Map(RecordRow row, MappingContext context)
    {
        var person = context.Party(row, Person(row));
        if (person is null)
        {
            return;
        }

        // The registry row is the entity's own record: it is kept as the node's source.
        var properties = RecordNodeWriter.Properties(row, EntityFields).Set("source", context.Source(row));
        context.Batch.UpsertNode(person.Key, Labels.Entity(PartyKind.Person), properties);
    }

    /// <summary>The registry row itself names the person; its prefix is empty.</summary>
    private static PartyRef Person(RecordRow row) =>
        new("", PartyKind.Person, row.Get("name"), row.Get("id_number"), row.Get("phone"), row.Get("address"));
}
