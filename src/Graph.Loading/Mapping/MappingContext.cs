using Graph.Loading.Resolution;
using Graph.Records.Rows;
using Graph.Storage.Writing;

namespace Graph.Loading.Mapping;

/// <summary>
/// What mappers write through: the current batch, the sealed resolver, an optional sink that sees
/// every resolution, and a memory of what this load already wrote once (entity and contact nodes,
/// first-source contact edges), so that a party named 10,000 times is not upserted 10,000 times.
/// </summary>
public sealed class MappingContext
{
    private readonly HashSet<ulong> _written = [];
    private RecordRow? _sourceRow;
    private string? _source;

    public MappingContext(EntityResolver resolver, IResolutionSink? sink = null)
    {
        Resolver = resolver;
        Sink = sink;
    }

    public GraphBatch Batch { get; set; } = new();

    public EntityResolver Resolver { get; }

    public IResolutionSink? Sink { get; }

    /// <summary>True the first time this load sees the key (64-bit hash; a collision only skips a repeat write).</summary>
    public bool FirstTime(string key) => _written.Add(StableHash.Of(key));

    public bool FirstTime(string a, string b) => _written.Add(StableHash.Of(a, b));

    public bool FirstTime(string a, string b, string c) => _written.Add(StableHash.Of(a, b, c));

    /// <summary><c>file:line</c> of the row, built once per row rather than once per property that cites it.</summary>
    public string Source(RecordRow row)
    {
        if (!ReferenceEquals(row, _sourceRow))
        {
            (_sourceRow, _source) = (row, row.Source);
        }

        return _source!;
    }

    /// <summary>Resolves the reference and writes its entity, names, weak ids and contacts; null when there is none.</summary>
    public PartyResolution? Party(RecordRow row, PartyRef? party)
    {
        if (party is null || party.IsEmpty)
        {
            return null;
        }

        var resolution = Resolver.Resolve(party, Source(row));
        Sink?.Assign(new ResolutionAssignment(row.File, row.Line, party.Prefix, resolution.Key, resolution.Matched));
        EntityWriter.Write(this, row, resolution);
        return resolution;
    }

    public void Relate(string type, string fromKey, string toKey, string discriminator, PropertyList properties) =>
        Batch.UpsertRelationship(type, fromKey, toKey, discriminator, properties);

    /// <summary>The Phone/Address/LawFirm/Court/... node for an already normalised value; null when there is none.</summary>
    public string? Place(string label, string property, string? normalized)
    {
        if (normalized is null)
        {
            return null;
        }

        var key = string.Concat(label, ":", normalized);
        if (FirstTime(key))
        {
            Batch.UpsertNode(key, Labels.Of(label), new PropertyList().Set(property, normalized));
        }

        return key;
    }

    /// <summary>A record another record points at by number; created by key so the link survives any file order.</summary>
    public string? RecordReference(string label, string keyProperty, string? number)
    {
        if (number is null)
        {
            return null;
        }

        var key = RecordKeys.Of(label, number);
        if (FirstTime(key))
        {
            Batch.UpsertNode(key, Labels.Record(label), new PropertyList().Set(keyProperty, number));
        }

        return key;
    }
}
