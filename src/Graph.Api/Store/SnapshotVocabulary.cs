using Graph.Storage.Reading;

namespace Graph.Api.Store;

/// <summary>The label, type and property-key tokens the services look up on every request, resolved once per snapshot.</summary>
public sealed class SnapshotVocabulary(IGraphReader reader)
{
    public int Person { get; } = reader.LabelId("Person");

    public int Company { get; } = reader.LabelId("Company");

    public int Record { get; } = reader.LabelId("Record");

    public int Phone { get; } = reader.LabelId("Phone");

    public int Address { get; } = reader.LabelId("Address");

    public int Name { get; } = reader.PropertyKeyId("name");

    public int Names { get; } = reader.PropertyKeyId("names");

    public int IdNumber { get; } = reader.PropertyKeyId("id_number");

    public int Uscc { get; } = reader.PropertyKeyId("uscc");

    public int Number { get; } = reader.PropertyKeyId("number");

    public int Text { get; } = reader.PropertyKeyId("text");

    public int HasPhone { get; } = reader.RelationshipTypeId("HAS_PHONE");

    public int HasAddress { get; } = reader.RelationshipTypeId("HAS_ADDRESS");

    public int Key(string name) => reader.PropertyKeyId(name);

    public int Label(string name) => reader.LabelId(name);
}
