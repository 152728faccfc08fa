using Graph.Api.Model;
using Graph.Api.Security;
using Graph.Api.Store;
using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Api.Services;

/// <summary>Turns store nodes and relationships of one snapshot into the API's views, with the opaque ids clients see.</summary>
public sealed class GraphDescriber(GraphSnapshot snapshot, NodeIdCodec ids)
{
    private readonly IGraphReader _reader = snapshot.Reader;
    private readonly SnapshotVocabulary _vocabulary = snapshot.Vocabulary;

    public IGraphReader Reader => _reader;

    public string PrimaryLabel(int node) => _vocabulary.LabelsOf(node).Primary;

    public IReadOnlyList<string> Labels(int node) => _vocabulary.LabelsOf(node).Names;

    public string Kind(int node) => _vocabulary.LabelsOf(node).Kind;

    public bool IsEntity(int node) => _reader.HasLabel(node, _vocabulary.Person) || _reader.HasLabel(node, _vocabulary.Company);

    public bool IsRecord(int node) => _vocabulary.Record >= 0 && _reader.HasLabel(node, _vocabulary.Record);

    public string? Text(int node, string key) => PropertyConversion.AsText(Property(node, key));

    public PropertyValue Property(int node, string key)
    {
        var id = _reader.PropertyKeyId(key);
        return id < 0 ? PropertyValue.Null : _reader.NodeProperty(node, id);
    }

    public string Caption(int node) => Caption(node, _vocabulary.LabelsOf(node), _reader.NodeKey(node));

    /// <summary>The key without its "Label:" prefix.</summary>
    public string KeyValue(int node) => KeyValue(_reader.NodeKey(node));

    public Dictionary<string, object?> Properties(int node)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in _reader.NodeProperties(node))
        {
            properties[_reader.PropertyKeys[key]] = PropertyConversion.ToPlain(value);
        }

        return properties;
    }

    public Dictionary<string, object?> RelationshipProperties(int relationship)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in _reader.RelationshipProperties(relationship))
        {
            properties[_reader.PropertyKeys[key]] = PropertyConversion.ToPlain(value);
        }

        return properties;
    }

    public NodeView Node(int node, int depth, bool withProperties = true) =>
        Node(node, depth, _reader.Degree(node, -1, Direction.Both), withProperties);

    /// <summary>A node whose degree (both directions, every type) the caller has already read.</summary>
    public NodeView Node(int node, int depth, int degree, bool withProperties)
    {
        var key = _reader.NodeKey(node);
        var labels = _vocabulary.LabelsOf(node);
        return new NodeView(
            key,
            ids.Encode(key),
            labels.Kind,
            Caption(node, labels, key),
            labels.Names,
            depth,
            degree,
            withProperties ? Properties(node) : EmptyProperties);
    }

    public EdgeView Edge(int relationship, bool withProperties = true)
    {
        var start = _reader.NodeKey(_reader.StartNode(relationship));
        var end = _reader.NodeKey(_reader.EndNode(relationship));
        return Edge(relationship, start, ids.Encode(start), end, ids.Encode(end), withProperties);
    }

    /// <summary>A relationship whose ends are already described (a drawing describes every node once).</summary>
    public EdgeView Edge(int relationship, NodeView start, NodeView end, bool withProperties) =>
        Edge(relationship, start.Key, start.Id, end.Key, end.Id, withProperties);

    private EdgeView Edge(int relationship, string startKey, string startId, string endKey, string endId, bool withProperties)
    {
        var type = _reader.RelationshipTypes[_reader.RelationshipType(relationship)];
        // Not remembered: with the processor's AES an id costs less than a remembered one cost the collector.
        return new EdgeView(
            ids.EdgeId(type, startKey, endKey, _reader.RelationshipDiscriminator(relationship)),
            type,
            startKey,
            startId,
            endKey,
            endId,
            withProperties ? RelationshipProperties(relationship) : EmptyProperties);
    }


    public EntityView Entity(int node)
    {
        var identifiers = new List<IdentifierView>();
        if (Text(node, "id_number") is { } idNumber)
        {
            identifiers.Add(new IdentifierView("id_number", idNumber));
        }

        if (Text(node, "uscc") is { } uscc)
        {
            identifiers.Add(new IdentifierView("uscc", uscc));
        }

        var invalid = Property(node, "invalid_ids");
        if (invalid.Kind == PropertyKind.StringList)
        {
            identifiers.AddRange(invalid.AsStringList.Select(id => new IdentifierView("invalid_id", id)));
        }

        AddLinked(identifiers, node, _vocabulary.HasPhone, "phone", "number");
        AddLinked(identifiers, node, _vocabulary.HasAddress, "address", "text");
        var names = Property(node, "names");
        var name = Text(node, "name") ?? "";
        return new EntityView(
            _reader.NodeKey(node),
            Kind(node),
            name,
            names.Kind == PropertyKind.StringList ? names.AsStringList.ToArray() : name.Length > 0 ? [name] : [],
            Text(node, "resolution"),
            identifiers,
            Properties(node));
    }

    public RecordView Record(int node)
    {
        var label = PrimaryLabel(node);
        DateOnly? date = null;
        if (NodeKinds.RecordDateProperties.TryGetValue(label, out var dateProperties))
        {
            foreach (var property in dateProperties)
            {
                date ??= PropertyConversion.AsDate(Property(node, property));
            }
        }

        decimal? amount = null;
        foreach (var property in NodeKinds.AmountProperties)
        {
            if (PropertyConversion.AsAmount(Property(node, property)) is { } value && (amount is null || value > amount))
            {
                amount = value;
            }
        }

        return new RecordView(_reader.NodeKey(node), NodeKinds.KindOf(label), Caption(node), date, amount, Properties(node));
    }

    /// <summary>Every relationship between the entity and a record, with how the reference was matched.</summary>
    public List<RecordLinkView> RecordLinks(int entity)
    {
        var links = new List<RecordLinkView>();
        foreach (var direction in (ReadOnlySpan<Direction>)[Direction.Outgoing, Direction.Incoming])
        {
            var neighbours = _reader.Neighbours(entity, -1, direction);
            var relationships = _reader.RelationshipsOf(entity, -1, direction);
            for (var i = 0; i < neighbours.Length; i++)
            {
                if (IsRecord(neighbours[i]))
                {
                    links.Add(Link(entity, neighbours[i], relationships[i]));
                }
            }
        }

        return links;
    }

    /// <summary>The persons and companies joined to a record, seen from the record.</summary>
    public List<RecordLinkView> Parties(int record)
    {
        var links = new List<RecordLinkView>();
        foreach (var direction in (ReadOnlySpan<Direction>)[Direction.Incoming, Direction.Outgoing])
        {
            var neighbours = _reader.Neighbours(record, -1, direction);
            var relationships = _reader.RelationshipsOf(record, -1, direction);
            for (var i = 0; i < neighbours.Length; i++)
            {
                if (IsEntity(neighbours[i]))
                {
                    links.Add(Link(neighbours[i], record, relationships[i]));
                }
            }
        }

        return links;
    }

    private RecordLinkView Link(int entity, int record, int relationship)
    {
        string? Rel(string key)
        {
            var id = _reader.PropertyKeyId(key);
            return id < 0 ? null : PropertyConversion.AsText(_reader.RelationshipProperty(relationship, id));
        }

        return new RecordLinkView(
            _reader.NodeKey(entity),
            _reader.NodeKey(record),
            Kind(record),
            Caption(record),
            _reader.RelationshipTypes[_reader.RelationshipType(relationship)],
            Rel("role") ?? Rel("agent_kind"),
            Rel("side") ?? Rel("for_side"),
            Rel("matched"),
            Rel("source"),
            Rel("ref_name"),
            Rel("ref_id"),
            Rel("ref_phone"),
            Rel("ref_address"));
    }

    private void AddLinked(List<IdentifierView> identifiers, int node, int type, string kind, string property)
    {
        if (type < 0)
        {
            return;
        }

        foreach (var target in _reader.Neighbours(node, type, Direction.Outgoing))
        {
            if (Text(target, property) is { } value)
            {
                identifiers.Add(new IdentifierView(kind, value));
            }
        }
    }

    private static string KeyValue(string key)
    {
        var colon = key.IndexOfAny([':', '~']);
        return colon >= 0 ? key[(colon + 1)..] : key;
    }

    private string Caption(int node, NodeLabels labels, string key) =>
        (labels.CaptionKey < 0 ? null : PropertyConversion.AsText(_reader.NodeProperty(node, labels.CaptionKey))) ?? KeyValue(key);

    private static readonly IReadOnlyDictionary<string, object?> EmptyProperties = new Dictionary<string, object?>();
}
