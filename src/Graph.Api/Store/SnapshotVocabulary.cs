using System.Collections.Concurrent;
using Graph.Storage.Reading;

namespace Graph.Api.Store;

/// <summary>
/// The label, type and property-key tokens the services look up on every request, resolved once per snapshot; and
/// what each combination of labels means (names, primary label, kind, caption property), worked out once per combination — a drawing
/// describes hundreds of nodes that share a handful of them.
/// </summary>
public sealed class SnapshotVocabulary(IGraphReader reader)
{
    private readonly ConcurrentDictionary<ulong, NodeLabels> _labelSets = new();

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

    public NodeLabels LabelsOf(int node)
    {
        var labels = reader.LabelsOf(node);
        var mask = 0UL;
        foreach (var label in labels)
        {
            if ((uint)label >= 64)
            {
                return Describe(labels);
            }

            mask |= 1UL << label;
        }

        // The same set of labels always comes in the same order from the store.
        return _labelSets.TryGetValue(mask, out var known) ? known : _labelSets.GetOrAdd(mask, Describe(labels));
    }

    public int Key(string name) => reader.PropertyKeyId(name);

    public int Label(string name) => reader.LabelId(name);

    private NodeLabels Describe(ReadOnlySpan<int> labels)
    {
        var names = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            names[i] = reader.Labels[labels[i]];
        }

        var described = NodeLabels.Of(names);
        return described with { CaptionKey = reader.PropertyKeyId(described.CaptionProperty) };
    }
}
