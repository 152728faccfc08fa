using CsCheck;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests.Support;

/// <summary>Random batches over a small key space, so that upserts collide, overwrite and dedupe often.</summary>
internal static class GraphGen
{
    public static readonly IReadOnlyList<IndexSpec> TestIndexes =
    [
        new("Person", "name"),
        new("Case", "age"),
        new("Entity", "at"),
        new("Company", "tags"),
    ];

    private static readonly Gen<string> NodeKey = Gen.Int[0, 11].Select(i => "n" + i);

    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab张李"], 0, 3];

    private static readonly Gen<PropertyValue> Scalar = Gen.OneOf<PropertyValue>(
        Gen.Const(PropertyValue.Null),
        Gen.Bool.Select(PropertyValue.From),
        Gen.Long.Select(PropertyValue.From),
        Gen.Long[-3, 3].Select(PropertyValue.From),
        Gen.Double.Select(PropertyValue.From),
        Text.Select(s => PropertyValue.From(s)),
        Gen.Int[-30000, 40000].Select(d => PropertyValue.From(DateOnly.FromDayNumber(d + PropertyValue.EpochDayNumber))),
        Gen.Select(Gen.Long[599266080000000000, 662380128000000000], Gen.Int[-720, 840],
            (ticks, offset) => PropertyValue.From(new DateTimeOffset(ticks, TimeSpan.FromMinutes(offset)))),
        Text.Array[0, 3].Select(items => PropertyValue.From(items)));

    // Few sub-kinds and texts, so that equal temporals (and lists holding them) recur across nodes.
    private static readonly Gen<PropertyValue> Temporal = Gen.Select(Gen.Int[1, 2], Gen.OneOf("P1D", "12:00+01:00", "2015-07-21T21:40:32.142+01:00[Europe/London]"),
        (kind, text) => PropertyValue.Temporal((byte)kind, text));

    private static readonly Gen<PropertyValue> FlatList = Gen.OneOf<PropertyValue>(Scalar, Temporal).Array[0, 3].Select(items => PropertyValue.ListOf(items));

    public static readonly Gen<PropertyValue> Value = Gen.Frequency(
        (10, Scalar),
        (1, Temporal),
        (1, FlatList),
        (1, Gen.OneOf<PropertyValue>(Scalar, FlatList).Array[0, 2].Select(items => PropertyValue.ListOf(items))));

    private static readonly Gen<KeyValuePair<string, PropertyValue>[]> Properties =
        Gen.Select(Gen.OneOf("name", "age", "at", "tags", "score"), Value, (k, v) => new KeyValuePair<string, PropertyValue>(k, v)).Array[0, 3];

    private static readonly Gen<GraphMutation> Node = Gen.Select(NodeKey, Gen.OneOf("Person", "Company", "Case", "Entity").Array[0, 2], Properties,
        (key, labels, properties) => (GraphMutation)new UpsertNodeMutation(key, labels, properties));

    private static readonly Gen<GraphMutation> Relationship = Gen.Select(Gen.OneOf("PARTY_IN", "HAS_PHONE", "KIN_OF"), NodeKey, NodeKey, Gen.OneOf("", "a", "b"), Properties,
        (type, from, to, discriminator, properties) => (GraphMutation)new UpsertRelationshipMutation(type, from, to, discriminator, properties));

    private static readonly Gen<GraphMutation> ListItem = Gen.Select(NodeKey, Gen.OneOf("names", "tags", "name"), Gen.OneOf("x", "y", "张"),
        (key, property, value) => (GraphMutation)new AddToNodeListMutation(key, property, value));

    private static readonly Gen<GraphMutation> DeleteNode = Gen.Select(NodeKey, Gen.Bool, (key, detach) => (GraphMutation)new DeleteNodeMutation(key, detach));

    private static readonly Gen<GraphMutation> DeleteRelationship = Gen.Select(Gen.OneOf("PARTY_IN", "HAS_PHONE", "KIN_OF"), NodeKey, NodeKey, Gen.OneOf("", "a", "b"),
        (type, from, to, discriminator) => (GraphMutation)new DeleteRelationshipMutation(type, from, to, discriminator));

    private static readonly Gen<GraphMutation> RemoveLabels = Gen.Select(NodeKey, Gen.OneOf("Person", "Company", "Case", "Entity", "Nope").Array[1, 2],
        (key, labels) => (GraphMutation)new RemoveLabelsMutation(key, labels));

    public static readonly Gen<GraphMutation[]> Batch =
        Gen.Frequency((4, Node), (3, Relationship), (1, ListItem), (1, DeleteNode), (1, DeleteRelationship), (1, RemoveLabels)).Array[1, 8];

    /// <summary>Each step is a batch plus what to do after committing it.</summary>
    public static readonly Gen<(GraphMutation[] Batch, StepAction After)[]> Scenario =
        Gen.Select(Batch, Gen.Frequency((1, Gen.Const(StepAction.Checkpoint)), (1, Gen.Const(StepAction.Reopen)), (1, Gen.Const(StepAction.Publish)), (5, Gen.Const(StepAction.None))))
            .Array[1, 14];

    public static GraphBatch ToBatch(IReadOnlyList<GraphMutation> mutations)
    {
        var batch = new GraphBatch();
        foreach (GraphMutation mutation in mutations)
        {
            switch (mutation)
            {
                case UpsertNodeMutation n:
                    batch.UpsertNode(n.Key, n.Labels, n.Properties);
                    break;
                case UpsertRelationshipMutation r:
                    batch.UpsertRelationship(r.Type, r.FromKey, r.ToKey, r.Discriminator, r.Properties);
                    break;
                case AddToNodeListMutation l:
                    batch.AddToNodeList(l.Key, l.Property, l.Value);
                    break;
                case DeleteNodeMutation d:
                    batch.DeleteNode(d.Key, d.Detach);
                    break;
                case DeleteRelationshipMutation r:
                    batch.DeleteRelationship(r.Type, r.FromKey, r.ToKey, r.Discriminator);
                    break;
                case RemoveLabelsMutation l:
                    batch.RemoveLabels(l.Key, l.Labels);
                    break;
            }
        }

        return batch;
    }
}
